package longlisten

// Bậc 3 lectures: clear standard speech on familiar subjects of the course,
// at about 4 syllables a second. Questions: main idea, details, one
// inference and the speaker's stance; notes with typed gaps; a summary.
func init() {
	all = append(all,
		Rec{N: 1, Kind: Lecture, Level: 3, Topics: []string{"office"},
			Title:    "Chính quyền địa phương hai cấp ở Thanh Hoá",
			Speakers: []Speaker{{Label: "Giảng viên", Voice: "vi+m3", Pitch: 45}},
			Text: `Chào các đồng chí. Hôm nay chúng ta tìm hiểu về tổ chức chính quyền địa phương ở Việt Nam, lấy tỉnh Thanh Hoá làm ví dụ. Bài hôm nay có bốn ý chính. Các đồng chí nhớ ghi chép theo bốn ý đó.
Ý thứ nhất: chính quyền địa phương gồm hai cơ quan, đó là Hội đồng nhân dân và Uỷ ban nhân dân. Hội đồng nhân dân do nhân dân địa phương trực tiếp bầu ra. Đây là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý chí và nguyện vọng của nhân dân. Uỷ ban nhân dân do Hội đồng nhân dân cùng cấp bầu ra. Đây là cơ quan chấp hành của Hội đồng nhân dân và là cơ quan hành chính nhà nước ở địa phương. Nói một cách đơn giản, Hội đồng nhân dân quyết định những việc lớn, còn Uỷ ban nhân dân tổ chức thực hiện những quyết định đó.
Ý thứ hai: các cấp chính quyền. Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, Việt Nam tổ chức chính quyền địa phương theo mô hình hai cấp, đó là cấp tỉnh và cấp xã. Cấp huyện không còn là một cấp chính quyền nữa. Như vậy, ở Thanh Hoá, giữa tỉnh và người dân chỉ còn một cấp là xã, phường. Nhiều xã nhỏ đã được sáp nhập thành xã lớn hơn. Mục đích của việc sắp xếp này là làm cho bộ máy gọn nhẹ hơn, gần dân hơn và giải quyết công việc nhanh hơn.
Ý thứ ba: nhiệm vụ của mỗi cấp. Cấp tỉnh tập trung vào những việc có tính chiến lược, như quy hoạch, kế hoạch phát triển kinh tế - xã hội, các công trình lớn, và những lĩnh vực mà một xã không tự làm được. Cấp xã là cấp gần dân nhất. Xã trực tiếp giải quyết phần lớn thủ tục hành chính cho người dân, ví dụ đăng ký khai sinh, đăng ký tạm trú, chứng thực giấy tờ. Vì vậy, người cán bộ xã phải nắm chắc pháp luật, phải biết lắng nghe và phải làm việc nhanh, đúng quy định. Một cán bộ xã làm chậm một ngày thì người dân phải chờ thêm một ngày.
Ở Thanh Hoá, mỗi xã, phường đều có bộ phận một cửa. Người dân chỉ cần đến một nơi để nộp hồ sơ và nhận kết quả, không phải đi qua nhiều phòng. Nhiều thủ tục cũng đã được làm trên mạng, trên Cổng dịch vụ công. Người dân ở xa có thể nộp hồ sơ tại nhà bằng điện thoại. Tuy vậy, ở những xã miền núi, nhiều người cao tuổi chưa quen dùng điện thoại thông minh, nên cán bộ xã vẫn phải hướng dẫn tận tình, có khi phải đến tận nhà dân. Chuyển đổi số là cần thiết, nhưng không được để người dân nào bị bỏ lại phía sau.
Ý thứ tư: mối quan hệ giữa tổ chức đảng và chính quyền. Ở mỗi cấp, tổ chức đảng lãnh đạo chính quyền, nhưng không làm thay chính quyền. Đảng uỷ xã đề ra nghị quyết. Hội đồng nhân dân xã cụ thể hoá nghị quyết thành những quyết định. Uỷ ban nhân dân xã tổ chức thực hiện. Nhân dân tham gia giám sát thông qua Mặt trận Tổ quốc và các đoàn thể, như Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên.
Cuối cùng, tôi đề nghị các đồng chí so sánh với tổ chức chính quyền ở tỉnh Hủa Phăn. Ở Lào, giữa tỉnh và bản vẫn còn cấp huyện. Theo tôi, không có mô hình nào đúng cho mọi nơi. Mỗi nước phải chọn mô hình phù hợp với điều kiện của mình. Trong khoá học, các đồng chí sẽ đi thực tế ở một số xã, phường để thấy mô hình hai cấp vận hành thế nào, có thuận lợi gì và còn khó khăn gì. Buổi sau, chúng ta sẽ nói kỹ hơn về bộ máy của Uỷ ban nhân dân xã.`,
			Qs: []Q{
				{Kind: "main", P: "Bài giảng chủ yếu nói về điều gì?", O: []string{"*Cách tổ chức chính quyền địa phương ở Việt Nam, lấy Thanh Hoá làm ví dụ", "Lịch sử tỉnh Thanh Hoá", "Cách bầu đại biểu Quốc hội", "Kinh nghiệm phát triển kinh tế của tỉnh Hủa Phăn"}, Ev: "Hôm nay chúng ta tìm hiểu về tổ chức chính quyền địa phương ở Việt Nam, lấy tỉnh Thanh Hoá làm ví dụ."},
				{Kind: "detail", P: "Uỷ ban nhân dân do ai bầu ra?", O: []string{"*Hội đồng nhân dân cùng cấp", "Nhân dân địa phương bầu trực tiếp", "Uỷ ban nhân dân cấp trên", "Đảng uỷ xã"}, Ev: "Uỷ ban nhân dân do Hội đồng nhân dân cùng cấp bầu ra."},
				{Kind: "inference", P: "Một người dân ở Thanh Hoá muốn đăng ký khai sinh cho con. Theo bài giảng, người đó sẽ đến đâu?", O: []string{"*Uỷ ban nhân dân xã, phường nơi mình ở", "Uỷ ban nhân dân huyện", "Hội đồng nhân dân tỉnh", "Văn phòng Tỉnh uỷ"}, Ev: "Xã trực tiếp giải quyết phần lớn thủ tục hành chính cho người dân, ví dụ đăng ký khai sinh"},
				{Kind: "stance", P: "Giảng viên nghĩ gì về việc chọn mô hình chính quyền?", O: []string{"*Mỗi nước nên chọn mô hình phù hợp với điều kiện của mình", "Lào nên bỏ ngay cấp huyện", "Mô hình hai cấp đúng cho mọi nơi", "Nên giữ cấp huyện ở Việt Nam"}, Ev: "Theo tôi, không có mô hình nào đúng cho mọi nơi."},
			},
			Notes: Notes{
				Text: "Chính quyền địa phương gồm Hội đồng nhân dân và {1}. Từ 1/7/2025: mô hình {2} cấp (tỉnh và xã). Cấp gần dân nhất: cấp {3}. Nhân dân giám sát qua {4} và các đoàn thể.",
				A:    [][]string{{"Uỷ ban nhân dân", "UBND"}, {"hai", "2"}, {"xã"}, {"Mặt trận Tổ quốc"}},
			},
			Summary: "Tóm tắt bài giảng về chính quyền địa phương hai cấp (80–150 từ): hai cơ quan của chính quyền địa phương, hai cấp chính quyền, nhiệm vụ của mỗi cấp, quan hệ giữa tổ chức đảng và chính quyền.",
		},
		Rec{N: 2, Kind: Lecture, Level: 3, Topics: []string{"party-cell"},
			Title:    "Chi bộ và sinh hoạt chi bộ",
			Speakers: []Speaker{{Label: "Giảng viên", Voice: "vi+f2", Pitch: 55}},
			Text: `Thưa các đồng chí, bài học hôm nay nói về chi bộ, tổ chức nhỏ nhất nhưng rất quan trọng của Đảng. Các đồng chí ở Lào đều là đảng viên, đều sinh hoạt trong một chi bộ, nên tôi tin nhiều điều hôm nay các đồng chí đã biết. Tuy vậy, chúng ta sẽ xem cách làm ở Việt Nam có gì giống và có gì khác.
Trước hết, chi bộ là gì? Theo Điều lệ Đảng Cộng sản Việt Nam, ở xã, phường, cơ quan, đơn vị, nơi nào có từ ba đảng viên chính thức trở lên thì lập tổ chức cơ sở đảng hoặc chi bộ. Chi bộ là hạt nhân chính trị ở cơ sở. Chi bộ là nơi trực tiếp giáo dục, quản lý và phân công công việc cho đảng viên. Chi bộ cũng là nơi gần quần chúng nhất, là cầu nối giữa Đảng với nhân dân.
Đảng viên mới được kết nạp phải trải qua thời gian dự bị mười hai tháng. Trong thời gian đó, chi bộ phân công đảng viên chính thức giúp đỡ đảng viên dự bị. Hết thời gian dự bị, chi bộ xem xét, đề nghị công nhận đảng viên chính thức. Như vậy, ngay từ ngày đầu vào Đảng, mỗi đảng viên đã gắn bó với chi bộ của mình.
Thứ hai, chi bộ sinh hoạt như thế nào? Chi bộ sinh hoạt định kỳ mỗi tháng một lần. Một buổi sinh hoạt thường có ba phần. Phần đầu, chi uỷ hoặc bí thư chi bộ đánh giá việc thực hiện nghị quyết tháng trước: việc gì đã làm được, việc gì chưa làm được, vì sao. Phần thứ hai, chi bộ thảo luận và quyết định nhiệm vụ của tháng tới, phân công cụ thể cho từng đảng viên. Phần cuối, chi bộ có thể sinh hoạt chuyên đề, ví dụ học tập một nghị quyết mới hoặc bàn về một vấn đề mà nhân dân đang quan tâm.
Thứ ba, thế nào là một buổi sinh hoạt có chất lượng? Theo kinh nghiệm của tôi, một buổi sinh hoạt tốt không phải là buổi sinh hoạt dài. Có những chi bộ họp ba, bốn tiếng đồng hồ, nhưng chỉ đọc báo cáo, không ai phát biểu ý kiến. Đó là sinh hoạt hình thức. Một buổi sinh hoạt tốt là buổi mà đảng viên nói thẳng, nói thật, có tự phê bình và phê bình, và cuối buổi ai cũng biết mình phải làm gì. Nghị quyết của chi bộ phải ngắn gọn, rõ ràng, dễ kiểm tra.
Tôi kể một ví dụ. Có một chi bộ thôn ở miền núi Thanh Hoá, năm trước nghị quyết rất dài, có tới mười lăm nhiệm vụ, nhưng cuối năm không làm xong nhiệm vụ nào. Năm sau, chi bộ chỉ chọn ba việc: làm xong con đường vào bản, vận động trẻ em đi học đầy đủ, và trồng thêm rừng trên đất trống. Mỗi việc giao cho một đảng viên chịu trách nhiệm chính, mỗi tháng báo cáo một lần. Cuối năm, cả ba việc đều hoàn thành. Nhân dân thấy đảng viên làm thật nên tin chi bộ hơn. Bài học ở đây là: ít mà chắc còn hơn nhiều mà không làm được.
Thứ tư, vai trò của bí thư chi bộ. Bí thư chi bộ là người chuẩn bị nội dung, điều hành buổi sinh hoạt và theo dõi việc thực hiện. Ở nhiều thôn của Việt Nam, bí thư chi bộ đồng thời là trưởng thôn. Cách làm này giúp giảm đầu mối, nhưng đòi hỏi người cán bộ phải có uy tín và năng lực toàn diện. Nếu bí thư chi bộ nói một đằng, làm một nẻo thì nghị quyết dù hay đến đâu cũng khó đi vào cuộc sống.
Tóm lại, muốn Đảng vững mạnh thì trước hết từng chi bộ phải vững mạnh. Bài tập cho buổi sau: mỗi đồng chí hãy mô tả một buổi sinh hoạt chi bộ ở nơi mình công tác, nêu một điểm tốt và một điểm cần sửa. Chúng ta sẽ so sánh trong giờ thảo luận.`,
			Qs: []Q{
				{Kind: "main", P: "Ý chính của bài giảng là gì?", O: []string{"*Chi bộ là nền tảng của Đảng, và sinh hoạt chi bộ phải có chất lượng, không hình thức", "Chi bộ phải họp càng lâu càng tốt", "Mỗi thôn phải có hai chi bộ", "Đảng viên Lào không cần sinh hoạt chi bộ"}, Ev: "Tóm lại, muốn Đảng vững mạnh thì trước hết từng chi bộ phải vững mạnh."},
				{Kind: "detail", P: "Chi bộ sinh hoạt định kỳ bao lâu một lần?", O: []string{"*Mỗi tháng một lần", "Mỗi tuần một lần", "Mỗi quý một lần", "Mỗi năm hai lần"}, Ev: "Chi bộ sinh hoạt định kỳ mỗi tháng một lần."},
				{Kind: "stance", P: "Giảng viên đánh giá thế nào về những buổi họp dài mà chỉ đọc báo cáo?", O: []string{"*Đó là sinh hoạt hình thức, không có chất lượng", "Đó là cách làm nghiêm túc nhất", "Đó là cách làm bắt buộc theo Điều lệ", "Giảng viên không có ý kiến"}, Ev: "Đó là sinh hoạt hình thức."},
				{Kind: "inference", P: "Vì sao giảng viên nói bí thư chi bộ phải “nói đi đôi với làm”?", O: []string{"*Vì nếu bí thư không làm gương thì nghị quyết khó được thực hiện", "Vì bí thư phải làm hết việc của chi bộ", "Vì bí thư không cần phát biểu trong buổi họp", "Vì bí thư phải là trưởng thôn"}, Ev: "Nếu bí thư chi bộ nói một đằng, làm một nẻo thì nghị quyết dù hay đến đâu cũng khó đi vào cuộc sống."},
			},
			Notes: Notes{
				Text: "Lập chi bộ khi có từ {1} đảng viên chính thức trở lên. Chi bộ là hạt nhân {2} ở cơ sở. Buổi sinh hoạt: đánh giá tháng trước, nhiệm vụ tháng tới, sinh hoạt {3}. Sinh hoạt tốt: có tự phê bình và {4}.",
				A:    [][]string{{"ba", "3"}, {"chính trị"}, {"chuyên đề"}, {"phê bình"}},
			},
			Summary: "Tóm tắt bài giảng về chi bộ (80–150 từ): chi bộ là gì, sinh hoạt thế nào, thế nào là một buổi sinh hoạt có chất lượng, vai trò của bí thư chi bộ.",
		},
		Rec{N: 3, Kind: Lecture, Level: 3, Topics: []string{"friendship"},
			Title:    "Những mốc lớn của quan hệ Việt Nam – Lào",
			Speakers: []Speaker{{Label: "Giảng viên", Voice: "vi+m1", Pitch: 40}},
			Text: `Các đồng chí thân mến, hôm nay chúng ta cùng nhìn lại những mốc lớn trong quan hệ giữa Việt Nam và Lào. Tôi sẽ nói về ba mốc, rồi nói về quan hệ giữa hai tỉnh Thanh Hoá và Hủa Phăn.
Mốc thứ nhất là ngày năm tháng chín năm một nghìn chín trăm sáu mươi hai. Ngày đó, hai nước chính thức thiết lập quan hệ ngoại giao. Nhưng trước đó rất lâu, nhân dân hai nước đã cùng nhau chiến đấu chống kẻ thù chung. Chủ tịch Hồ Chí Minh và Chủ tịch Cay-xỏn Phôm-vi-hản là những người đặt nền móng cho tình đoàn kết ấy. Vì thế, chúng ta thường nói quan hệ Việt Nam – Lào là mối quan hệ đặc biệt, hiếm có trong lịch sử.
Mốc thứ hai là ngày mười tám tháng bảy năm một nghìn chín trăm bảy mươi bảy. Hai nước ký Hiệp ước Hữu nghị và Hợp tác. Hiệp ước này đặt cơ sở pháp lý cho sự hợp tác toàn diện giữa hai nước trong hoà bình: về chính trị, kinh tế, quốc phòng, văn hoá và giáo dục. Hằng năm, vào tháng bảy, hai nước tổ chức nhiều hoạt động kỷ niệm ngày ký Hiệp ước.
Sau đó, quan hệ hai nước tiếp tục phát triển. Năm hai nghìn không trăm mười hai và năm hai nghìn không trăm hai mươi hai, hai nước cùng tổ chức Năm Đoàn kết Hữu nghị Việt Nam – Lào, với nhiều hoạt động giao lưu văn hoá, thể thao và gặp mặt giữa nhân dân hai nước. Lãnh đạo cấp cao của hai Đảng, hai Nhà nước gặp nhau thường xuyên, trao đổi kinh nghiệm về xây dựng Đảng và phát triển đất nước. Các tỉnh có chung biên giới cũng kết nghĩa với nhau, giúp nhau trong những lúc khó khăn, như khi có bão lũ hay dịch bệnh.
Mốc thứ ba là hợp tác trong đào tạo cán bộ. Mỗi năm có hàng nghìn học viên, sinh viên Lào sang học ở Việt Nam, từ các trường đại học đến các trường chính trị của các tỉnh. Nhiều cán bộ lãnh đạo của Lào hôm nay đã từng học ở Việt Nam. Theo tôi, đây là hình thức hợp tác có ý nghĩa lâu dài nhất, vì con người là cái quý nhất. Các đồng chí ngồi đây cũng là một phần của mốc thứ ba này.
Cán bộ Việt Nam cũng sang Lào học tập, trao đổi kinh nghiệm, và nhiều trường của Việt Nam đã mở lớp dạy tiếng Lào.
Bây giờ tôi nói về hai tỉnh. Thanh Hoá và Hủa Phăn có chung đường biên giới. Cửa khẩu quốc tế Na Mèo ở Thanh Hoá nối với cửa khẩu Nậm Xôi ở Hủa Phăn. Qua cửa khẩu này, hàng hoá và người dân hai bên qua lại thuận tiện hơn. Hai tỉnh đã ký nhiều thoả thuận hợp tác về nông nghiệp, y tế, giáo dục và bảo vệ biên giới. Trường Chính trị tỉnh Thanh Hoá đã mở nhiều lớp cho cán bộ Hủa Phăn. Các lớp trước có khoảng một trăm năm mươi học viên đã tốt nghiệp.
Nhiều đồng chí sau khi trở về đã được giao những nhiệm vụ quan trọng ở huyện, ở tỉnh. Có đồng chí nay vẫn thường gọi điện cho thầy cô giáo cũ để hỏi thăm và trao đổi công việc. Những mối quan hệ cá nhân như vậy cũng là một sợi dây nối hai tỉnh với nhau.
Tuy nhiên, quan hệ tốt không tự nhiên mà có. Nếu thế hệ trẻ của hai nước không hiểu lịch sử, không học tiếng của nhau, thì tình cảm ấy có thể phai nhạt. Vì vậy, việc các đồng chí học tiếng Việt, và việc cán bộ Việt Nam học tiếng Lào, không chỉ là chuyện học một ngôn ngữ. Đó cũng là cách giữ gìn và vun đắp quan hệ đặc biệt mà các thế hệ trước đã xây dựng.`,
			Qs: []Q{
				{Kind: "main", P: "Bài giảng nhằm mục đích gì?", O: []string{"*Điểm lại những mốc lớn của quan hệ Việt Nam – Lào và quan hệ hai tỉnh", "Hướng dẫn thủ tục qua cửa khẩu", "Giới thiệu địa lý tỉnh Hủa Phăn", "So sánh kinh tế hai nước"}, Ev: "hôm nay chúng ta cùng nhìn lại những mốc lớn trong quan hệ giữa Việt Nam và Lào."},
				{Kind: "detail", P: "Hiệp ước Hữu nghị và Hợp tác được ký vào năm nào?", O: []string{"*Năm 1977", "Năm 1962", "Năm 1975", "Năm 1986"}, Ev: "Mốc thứ hai là ngày mười tám tháng bảy năm một nghìn chín trăm bảy mươi bảy."},
				{Kind: "stance", P: "Theo giảng viên, hình thức hợp tác nào có ý nghĩa lâu dài nhất?", O: []string{"*Đào tạo cán bộ", "Buôn bán qua cửa khẩu", "Xây dựng đường giao thông", "Tổ chức lễ kỷ niệm"}, Ev: "Theo tôi, đây là hình thức hợp tác có ý nghĩa lâu dài nhất, vì con người là cái quý nhất."},
				{Kind: "inference", P: "Giảng viên muốn học viên hiểu điều gì về việc học tiếng Việt?", O: []string{"*Học tiếng Việt cũng góp phần giữ gìn quan hệ hai nước", "Học tiếng Việt chỉ để thi đỗ", "Chỉ cán bộ Lào mới cần học tiếng của nước kia", "Tiếng Việt khó hơn tiếng Lào"}, Ev: "Đó cũng là cách giữ gìn và vun đắp quan hệ đặc biệt mà các thế hệ trước đã xây dựng."},
			},
			Notes: Notes{
				Text: "5/9/1962: thiết lập quan hệ {1}. 18/7/1977: ký Hiệp ước {2} và Hợp tác. Cửa khẩu Na Mèo (Thanh Hoá) – {3} (Hủa Phăn). Các lớp trước: khoảng {4} học viên tốt nghiệp.",
				A:    [][]string{{"ngoại giao"}, {"Hữu nghị"}, {"Nậm Xôi"}, {"một trăm năm mươi", "một trăm năm chục", "150"}},
			},
			Summary: "Tóm tắt bài giảng về quan hệ Việt Nam – Lào (80–150 từ): ba mốc lớn, quan hệ giữa Thanh Hoá và Hủa Phăn, và ý nghĩa của việc học tiếng của nhau.",
		},
		Rec{N: 4, Kind: Lecture, Level: 3, Topics: []string{"theory", "study"},
			Title:    "Hồ Chí Minh bàn về việc học tập",
			Speakers: []Speaker{{Label: "Giảng viên", Voice: "vi-vn-x-central+f4", Pitch: 50}},
			Text: `Chào các đồng chí. Trước khi bắt đầu các môn lý luận chính trị, tôi muốn nói về một chủ đề rất gần với chúng ta: Chủ tịch Hồ Chí Minh bàn về việc học tập. Tôi là người Nghệ An, quê của Bác, nên chủ đề này với tôi cũng rất gần gũi.
Điều thứ nhất: học để làm gì? Bác nói rõ: học để làm việc, làm người, làm cán bộ. Học để phụng sự đoàn thể, phụng sự giai cấp và nhân dân, phụng sự Tổ quốc và nhân loại. Như vậy, theo Bác, học không phải để lấy bằng cấp, cũng không phải để làm quan. Người học phải dùng điều mình học vào công việc, vào cuộc sống của nhân dân.
Điều thứ hai: học cái gì? Bác yêu cầu cán bộ học lý luận, học chuyên môn, học văn hoá và học cả ngoại ngữ. Chính Bác là tấm gương tự học ngoại ngữ. Khi đi tìm đường cứu nước, Người vừa lao động vừa học tiếng. Mỗi ngày Người ghi vài từ mới lên cánh tay để vừa làm vừa học. Các đồng chí đang học tiếng Việt, tôi nghĩ đó là một tấm gương rất đáng học.
Điều thứ ba: học như thế nào? Bác nhấn mạnh học phải đi đôi với hành, lý luận phải gắn với thực tiễn. Bác viết rằng lý luận mà không liên hệ với thực tiễn là lý luận suông. Vì thế, trong khoá học này, sau mỗi chuyên đề, các đồng chí sẽ viết thu hoạch và liên hệ với công việc ở địa phương mình. Bác cũng dạy phải khiêm tốn, không giấu dốt: điều gì chưa biết thì hỏi, hỏi người đi trước, hỏi cả quần chúng.
Bác còn nhắc nhở cán bộ phải tự học. Thầy giáo chỉ dạy cho mình một phần, phần lớn là do mình tự học. Có thời gian rảnh thì đọc sách, đọc báo; đi công tác thì quan sát, ghi chép. Bác cũng phê bình lối học thuộc lòng, học để nói cho hay mà không hiểu, không làm được. Người gọi đó là lối học giáo điều, sách vở. Học lý luận mà chỉ thuộc câu chữ, không biết vận dụng vào hoàn cảnh cụ thể của địa phương, thì cũng chẳng có ích gì.
Điều thứ tư: học đến bao giờ? Bác nói: học hỏi là một việc phải tiếp tục suốt đời. Không ai có thể nói mình đã biết đủ, nhất là trong thời đại ngày nay, khi khoa học và công nghệ thay đổi rất nhanh.
Một cán bộ mười năm trước chưa cần biết dùng máy tính, nay phải biết xử lý văn bản điện tử, phải họp trực tuyến, phải tìm thông tin trên mạng. Nếu không học thêm thì dù có kinh nghiệm đến đâu cũng sẽ bị tụt lại. Vì vậy, Đảng ta coi học tập suốt đời là nhiệm vụ thường xuyên của mỗi cán bộ, đảng viên, chứ không chỉ là việc của những năm đi học ở trường.
Trước khi kết thúc, tôi có một lời khuyên. Những tháng đầu, các đồng chí sẽ thấy nghe giảng bằng tiếng Việt rất mệt. Đừng lo lắng quá. Hãy ghi lại những từ chưa hiểu, cuối buổi hỏi giảng viên hoặc hỏi bạn cùng lớp. Theo kinh nghiệm của những khoá trước, sau khoảng hai tháng, phần lớn học viên đã theo kịp bài giảng.
Có học viên khoá trước mỗi tối nghe lại bài giảng đã ghi âm, chép lại những câu quan trọng vào sổ. Đến cuối khoá, đồng chí ấy viết bài thu hoạch bằng tiếng Việt gần như không có lỗi. Cũng có học viên ngại nói vì sợ sai thanh điệu. Tôi khuyên các đồng chí cứ mạnh dạn nói, sai thì sửa, vì không ai học ngoại ngữ mà không mắc lỗi. Điều quan trọng nhất là kiên trì, ngày nào cũng học một chút, như Bác đã làm.`,
			Qs: []Q{
				{Kind: "main", P: "Bài giảng trình bày điều gì?", O: []string{"*Quan điểm của Hồ Chí Minh về mục đích, nội dung, cách học và thời gian học", "Tiểu sử của Chủ tịch Hồ Chí Minh", "Cách viết bài thu hoạch", "Chương trình của khoá học"}, Ev: "Chủ tịch Hồ Chí Minh bàn về việc học tập."},
				{Kind: "detail", P: "Theo Bác, học để làm gì?", O: []string{"*Để làm việc, làm người, làm cán bộ", "Để lấy bằng cấp", "Để được làm lãnh đạo", "Để đi nước ngoài"}, Ev: "học để làm việc, làm người, làm cán bộ."},
				{Kind: "inference", P: "Vì sao giảng viên kể chuyện Bác ghi từ mới lên cánh tay?", O: []string{"*Để khuyến khích học viên kiên trì học tiếng Việt", "Để nói rằng Bác không có vở", "Để giải thích vì sao Bác đi nước ngoài", "Để nhắc học viên không viết lên tay"}, Ev: "Các đồng chí đang học tiếng Việt, tôi nghĩ đó là một tấm gương rất đáng học."},
				{Kind: "stance", P: "Giảng viên có thái độ thế nào về khó khăn của học viên trong những tháng đầu?", O: []string{"*Thông cảm và động viên: khó khăn đó sẽ qua nếu kiên trì", "Lo lắng vì học viên sẽ không theo kịp", "Cho rằng học viên phải tự giải quyết", "Không nhắc đến khó khăn"}, Ev: "Đừng lo lắng quá."},
			},
			Notes: Notes{
				Text: "Học để làm việc, làm người, làm {1}. Học lý luận, chuyên môn, văn hoá và {2}. Học phải đi đôi với {3}. Học hỏi là việc phải tiếp tục {4}.",
				A:    [][]string{{"cán bộ"}, {"ngoại ngữ"}, {"hành"}, {"suốt đời"}},
			},
			Summary: "Tóm tắt bài giảng (80–150 từ): Hồ Chí Minh bàn về học để làm gì, học cái gì, học thế nào, học đến bao giờ; lời khuyên của giảng viên.",
		},
	)
}
