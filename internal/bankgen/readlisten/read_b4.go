package readlisten

// Reading, Bậc 4: fairly complex texts in the learners' field: argued
// articles on administration and party work, a citizen's petition, news
// reports, a lecture extract on the rule-of-law state; multi-gap cloze in
// formal register.
func init() {
	allReadLevels = append(allReadLevels, ReadLevel{
		Level: 4,
		Groups: []RGroup{
			{Title: "Cơ chế một cửa: mô hình và tinh thần phục vụ", Tp: []string{"office"},
				Text: `Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa đã được thành lập ở hầu hết các xã, phường của Việt Nam. Theo cơ chế này, người dân chỉ cần nộp hồ sơ và nhận kết quả tại một nơi, thay vì phải đi lại nhiều phòng, ban như trước. Cán bộ ở bộ phận một cửa có trách nhiệm hướng dẫn người dân hoàn thiện hồ sơ ngay từ lần đầu, ghi giấy hẹn trả kết quả và chuyển hồ sơ đến bộ phận chuyên môn. Nếu trả kết quả chậm, cơ quan phải gửi văn bản xin lỗi người dân và nêu rõ lý do.
Nhờ cơ chế một cửa, thời gian giải quyết nhiều loại thủ tục đã được rút ngắn đáng kể, hiện tượng nhũng nhiễu, gây phiền hà cũng giảm. Tuy nhiên, ở một số nơi, cơ chế này vẫn mang tính hình thức: bộ phận một cửa chỉ nhận hồ sơ rồi chuyển đi, còn người dân vẫn phải tự đến từng phòng để hỏi. Vì vậy, vấn đề cốt lõi không nằm ở mô hình, mà ở tinh thần phục vụ của người cán bộ.`,
				Qs: []Q{
					{P: "Điều gì thay đổi đối với người dân khi có cơ chế một cửa?", O: []string{"*Mọi giấy tờ được giao và nhận qua một đầu mối", "Người dân không phải nộp giấy tờ nữa", "Kết quả luôn được trả ngay trong ngày", "Hồ sơ phải mang lên cấp tỉnh"}},
					{P: "Nếu trả kết quả chậm, cơ quan phải làm gì?", O: []string{"*Nhận lỗi bằng giấy tờ và giải thích nguyên nhân", "Trả lại lệ phí cho người dân", "Tự gia hạn mà không cần báo", "Kỷ luật cán bộ ở bộ phận một cửa"}},
					{P: "Cụm từ “mang tính hình thức” trong bài có nghĩa là gì?", O: []string{"*Có mô hình nhưng không thực sự hiệu quả", "Rất hiệu quả", "Được làm đúng quy định", "Có hình thức đẹp"}},
					{P: "Theo tác giả, điều gì quyết định cơ chế một cửa có hiệu quả hay không?", O: []string{"*Thái độ tận tâm với dân của người làm việc ở đó", "Cách sắp xếp các phòng, ban", "Máy móc, trang thiết bị hiện đại", "Số người được giao việc"}},
				},
				TFs: []TF{
					{S: "Cán bộ một cửa phải hướng dẫn người dân hoàn thiện hồ sơ ngay từ lần đầu.", A: true},
					{S: "Cơ chế một cửa đã làm tăng hiện tượng nhũng nhiễu.", A: false},
					{S: "Ở mọi nơi, cơ chế một cửa đều hoạt động tốt.", A: false, F: "Ở một số nơi, cơ chế này vẫn mang tính hình thức.", FE: "In some places the mechanism is still a formality."},
				}},
			{Title: "Sinh hoạt chi bộ: từ hình thức đến chất lượng", Tp: []string{"party-cell"},
				Text: `Ở không ít chi bộ, sinh hoạt thường kỳ vẫn diễn ra theo một kịch bản quen thuộc: bí thư đọc báo cáo tình hình tháng, phổ biến công văn của cấp trên, rồi “thống nhất” nhiệm vụ tháng sau. Đảng viên ít phát biểu, nếu có thì chủ yếu để tán thành. Cuộc họp kết thúc nhanh, nhưng không giải quyết được vấn đề gì của cơ sở.
Để nâng cao chất lượng sinh hoạt chi bộ, cần chuẩn bị nội dung kỹ lưỡng, chọn một, hai vấn đề cụ thể, bức xúc ở địa phương để thảo luận sâu. Bí thư phải biết gợi mở, khuyến khích đảng viên nói thẳng, nói thật, kể cả những ý kiến khác với mình. Tự phê bình và phê bình cần được thực hiện thường xuyên, với tinh thần xây dựng, “trị bệnh cứu người”. Ngoài sinh hoạt thường kỳ, chi bộ nên tổ chức sinh hoạt chuyên đề mỗi quý một lần, về những chủ đề như học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, phát triển kinh tế hộ gia đình hay giữ gìn an ninh, trật tự.`,
				Qs: []Q{
					{P: "Bài viết phê phán điều gì?", O: []string{"*Sinh hoạt chi bộ mang tính hình thức, ít tranh luận", "Chi bộ họp quá nhiều", "Đảng viên phát biểu quá dài", "Bí thư không đọc báo cáo"}},
					{P: "Theo bài viết, nên chọn nội dung thảo luận như thế nào?", O: []string{"*Tập trung vào vài việc nóng, thiết thực của cơ sở", "Phổ biến đầy đủ mọi văn bản cấp trên gửi về", "Bàn thật nhiều việc trong một buổi", "Để bí thư tự chọn, không cần chuẩn bị"}},
					{P: "Tinh thần “trị bệnh cứu người” có nghĩa là gì?", O: []string{"*Phê bình để giúp nhau sửa chữa, tiến bộ", "Phê bình để trừng phạt", "Khám bệnh cho đảng viên", "Chỉ khen, không phê bình"}},
					{P: "Sinh hoạt chuyên đề nên tổ chức bao lâu một lần?", O: []string{"*Khoảng ba tháng một lần", "Mỗi tháng, cùng buổi sinh hoạt thường kỳ", "Nửa năm một lần", "Mỗi năm một lần"}},
				},
				TFs: []TF{
					{S: "Trong nhiều cuộc họp, đảng viên phát biểu chủ yếu để tán thành.", A: true},
					{S: "Bí thư chỉ nên khuyến khích những ý kiến giống ý kiến của mình.", A: false},
					{S: "Phát triển kinh tế hộ gia đình có thể là chủ đề sinh hoạt chuyên đề.", A: true},
				}},
			{Title: "Hội thảo khoa học về quan hệ đặc biệt Việt Nam – Lào", Tp: []string{"friendship", "news"},
				Text: `Ngày 18 tháng 7, nhân kỷ niệm ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào, Trường Chính trị tỉnh Thanh Hoá phối hợp với Trường Chính trị tỉnh Hủa Phăn tổ chức hội thảo khoa học với chủ đề “Quan hệ đặc biệt Việt Nam – Lào: truyền thống và hiện tại”. Hội thảo nhận được 32 bài tham luận của các nhà khoa học, giảng viên và cán bộ hai tỉnh.
Các tham luận tập trung làm rõ ba nội dung: quá trình hình thành mối quan hệ đặc biệt trong lịch sử; kết quả hợp tác giữa hai tỉnh trong những năm gần đây; và giải pháp giáo dục truyền thống cho thế hệ trẻ. Nhiều ý kiến cho rằng, trong bối cảnh mới, việc giáo dục thế hệ trẻ về mối quan hệ đặc biệt này không thể chỉ bằng những bài giảng lý thuyết, mà cần thông qua các hoạt động giao lưu, tham quan di tích và trao đổi học sinh, sinh viên. Kết thúc hội thảo, hai trường ký kết chương trình hợp tác về trao đổi giảng viên và biên soạn tài liệu song ngữ Việt – Lào.`,
				Qs: []Q{
					{P: "Hội thảo được tổ chức nhân dịp gì?", O: []string{"*Ngày kỷ niệm một văn kiện đặt nền móng cho quan hệ giữa hai nước", "Ngày thành lập Trường Chính trị tỉnh Thanh Hoá", "Ngày Quốc khánh nước Lào", "Lễ khai giảng khoá học mới của học viên Lào"}},
					{P: "Những ai đã gửi bài cho hội thảo?", O: []string{"*Người nghiên cứu, người dạy và người làm công tác ở cả hai bên", "Chỉ giảng viên Trường Chính trị Thanh Hoá", "Chỉ sinh viên của hai tỉnh", "Các nhà báo Việt Nam và Lào"}},
					{P: "Theo nhiều ý kiến, cần giáo dục thế hệ trẻ bằng cách nào?", O: []string{"*Bằng trải nghiệm thực tế nhiều hơn là chỉ nghe giảng", "Bằng cách tăng số giờ học lịch sử", "Bằng các cuộc thi tìm hiểu qua sách báo", "Bằng cách phát thêm tài liệu song ngữ"}},
					{P: "Kết thúc hội thảo, hai trường ký kết gì?", O: []string{"*Thoả thuận gửi người dạy sang nhau và cùng soạn sách bằng hai thứ tiếng", "Thoả thuận tổ chức hội thảo mỗi năm một lần", "Biên bản ghi nhớ về trao đổi học sinh phổ thông", "Hợp đồng in sách lịch sử của hai tỉnh"}},
				},
				TFs: []TF{
					{S: "Hội thảo do hai trường chính trị của hai tỉnh phối hợp tổ chức.", A: true},
					{S: "Các tham luận chỉ nói về lịch sử.", A: false},
					{S: "Ngày 18 tháng 7 là ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào.", A: true},
				}},
			{Title: "Đơn phản ánh của người dân", Tp: []string{"village", "office"},
				Text: `Kính gửi: Uỷ ban nhân dân xã Quảng Hợp
Tôi tên là Lê Văn Hải, sinh sống tại thôn Bắc, xã Quảng Hợp. Tôi làm đơn này để phản ánh một việc như sau:
Từ tháng 3 đến nay, một cơ sở chế biến gỗ mới mở ở đầu thôn thường xuyên hoạt động đến 11 giờ đêm, gây tiếng ồn lớn. Bụi gỗ bay sang các nhà xung quanh, nhiều cháu nhỏ bị ho kéo dài. Bà con đã nhiều lần gặp chủ cơ sở, đề nghị giảm giờ làm việc và che chắn bụi, nhưng đến nay tình hình vẫn không thay đổi. Chúng tôi cũng đã báo cáo trưởng thôn; trưởng thôn hứa sẽ báo lên xã.
Vì vậy, tôi đề nghị Uỷ ban nhân dân xã kiểm tra giấy phép hoạt động của cơ sở, yêu cầu cơ sở thực hiện đúng quy định về môi trường và thời gian làm việc.
Tôi xin cam đoan những điều trình bày trên là đúng sự thật.
Người làm đơn
Lê Văn Hải`,
				Qs: []Q{
					{P: "Ông Hải viết đơn để làm gì?", O: []string{"*Nhờ chính quyền xã xử lý một xưởng gỗ gây ô nhiễm", "Xin phép mở một xưởng chế biến gỗ", "Tố cáo trưởng thôn không báo cáo lên xã", "Đòi chủ xưởng bồi thường tiền chữa bệnh cho các cháu"}},
					{P: "Trước khi viết đơn, bà con đã làm gì? (Chọn hai đáp án.)", O: []string{"*Nói chuyện trực tiếp với người chủ xưởng", "*Trình bày sự việc với người đứng đầu thôn", "Gửi đơn lên công an huyện", "Viết bài đăng báo địa phương"}},
					{P: "Ông Hải đề nghị xã làm gì?", O: []string{"*Xem xưởng có phép hoạt động không và buộc xưởng tuân theo luật", "Đóng cửa xưởng ngay lập tức", "Phạt tiền chủ xưởng", "Chuyển xưởng ra khỏi thôn"}},
					{P: "Câu “Tôi xin cam đoan những điều trình bày trên là đúng sự thật” có tác dụng gì?", O: []string{"*Khẳng định người viết chịu trách nhiệm về nội dung đơn", "Xin lỗi", "Cảm ơn", "Chào hỏi"}},
				},
				TFs: []TF{
					{S: "Cơ sở chế biến gỗ thường hoạt động đến 11 giờ đêm.", A: true},
					{S: "Sau khi bà con góp ý, cơ sở đã giảm giờ làm việc.", A: false},
					{S: "Trưởng thôn chưa biết việc này.", A: false, F: "Bà con đã báo cáo trưởng thôn.", FE: "The villagers had already told the hamlet head."},
				}},
			{Title: "Bác sĩ Thanh Hoá khám bệnh cho người dân Hủa Phăn", Tp: []string{"friendship", "news"},
				Text: `Trong năm ngày, đoàn y, bác sĩ của Bệnh viện Đa khoa tỉnh Thanh Hoá đã khám bệnh, cấp thuốc miễn phí cho hơn 1.200 người dân ở ba huyện của tỉnh Hủa Phăn. Đoàn gồm 25 thành viên, trong đó có các bác sĩ nội khoa, nhi khoa, mắt và răng hàm mặt. Ngoài khám bệnh, đoàn còn mổ mắt cho 40 người bị đục thuỷ tinh thể, giúp họ nhìn rõ trở lại. Các bác sĩ cũng tập huấn cho cán bộ y tế địa phương về cấp cứu ban đầu và chăm sóc sức khoẻ bà mẹ, trẻ em.
Trở ngại lớn nhất của đoàn là ngôn ngữ: nhiều người cao tuổi không nói được tiếng Việt, trong khi đoàn chỉ có hai phiên dịch. May mắn là một số cán bộ y tế Hủa Phăn từng học ở Việt Nam đã tình nguyện làm phiên dịch. Trưởng đoàn cho biết, bệnh viện sẽ tổ chức chương trình này hằng năm và đề xuất mở lớp tiếng Lào ngắn hạn cho các bác sĩ trẻ.`,
				Qs: []Q{
					{P: "Điều nào cho thấy chuyến đi mang lại lợi ích lâu dài cho Hủa Phăn?", O: []string{"*Người làm ngành y ở cơ sở được bồi dưỡng thêm kỹ năng", "Hơn một nghìn người được cấp thuốc miễn phí", "Đoàn có bác sĩ của nhiều chuyên khoa", "Bệnh nhân được đưa sang Thanh Hoá điều trị"}},
					{P: "Ngoài khám bệnh, đoàn còn làm gì? (Chọn hai đáp án.)", O: []string{"*Phẫu thuật giúp một số người sáng mắt trở lại", "*Hướng dẫn chuyên môn cho nhân viên y tế ở đó", "Xây dựng một trạm y tế mới", "Mở lớp dạy tiếng Lào cho bác sĩ trẻ"}},
					{P: "Vì sao đoàn gặp khó khăn khi làm việc với người cao tuổi?", O: []string{"*Nhiều cụ không hiểu tiếng Việt mà đoàn lại thiếu người dịch", "Các cụ không muốn đi khám", "Đường đến các bản quá xa", "Đoàn không mang đủ thuốc"}},
					{P: "Ai đã giúp đoàn vượt qua khó khăn đó?", O: []string{"*Một số nhân viên y tế sở tại từng sang Việt Nam đào tạo", "Hai phiên dịch viên của bệnh viện", "Bộ đội biên phòng hai nước", "Học viên Lào đang học ở Thanh Hoá"}},
				},
				TFs: []TF{
					{S: "Đoàn có 25 thành viên.", A: true},
					{S: "Đoàn có nhiều phiên dịch nên không gặp khó khăn về ngôn ngữ.", A: false},
					{S: "Bệnh viện đề xuất mở lớp tiếng Lào ngắn hạn cho bác sĩ trẻ.", A: true},
				}},
			{Title: "Tự học tiếng Việt như thế nào?", Tp: []string{"study"},
				Text: `Nhiều học viên Lào cho rằng, muốn giỏi tiếng Việt thì phải có thầy giỏi và học nhiều giờ trên lớp. Điều đó đúng nhưng chưa đủ. Kinh nghiệm của những học viên học tốt cho thấy, tự học mới là yếu tố quyết định.
Trước hết, cần luyện nghe mỗi ngày, dù chỉ mười lăm phút: nghe bản tin thời sự, nghe lại bài giảng đã ghi âm. Ban đầu có thể chưa hiểu hết, nhưng tai sẽ quen dần với tốc độ và thanh điệu. Thứ hai, nên có sổ tay ghi từ mới theo chủ đề, ghi cả câu ví dụ, không chỉ ghi nghĩa. Thứ ba, hãy mạnh dạn nói: nói với bạn cùng phòng, với người bán hàng, với cán bộ của trường. Sai cũng không sao, vì người Việt thường rất vui khi thấy người nước ngoài nói tiếng Việt. Cuối cùng, đừng bỏ qua thanh điệu. Với người Lào, phân biệt thanh hỏi và thanh ngã, âm cuối -nh và -ch là những điểm khó; nếu không chú ý ngay từ đầu, lỗi sẽ thành thói quen, rất khó sửa.`,
				Qs: []Q{
					{P: "Theo bài viết, yếu tố quyết định để giỏi tiếng Việt là gì?", O: []string{"*Sự cố gắng của chính người học ngoài giờ lên lớp", "Một người thầy giỏi", "Thật nhiều giờ học trên lớp", "Sống cùng phòng với người Việt"}},
					{P: "Bài viết khuyên luyện nghe như thế nào?", O: []string{"*Đều đặn hằng ngày, kể cả khi có rất ít thời gian", "Mỗi tuần một buổi, nghe thật lâu", "Chỉ nghe khi đã hiểu hết từ mới", "Chỉ nghe cùng giáo viên trên lớp"}},
					{P: "Khi ghi từ mới, nên ghi những gì?", O: []string{"*Cách dùng từ trong một câu cụ thể, bên cạnh nghĩa của nó", "Chỉ nghĩa tiếng Lào cho nhanh", "Cách phát âm bằng chữ Lào", "Tất cả từ đồng nghĩa của nó"}},
					{P: "Theo bài viết, những điểm nào là khó với người Lào? (Chọn hai đáp án.)", O: []string{"*Nói cho đúng hai thanh mà người Lào dễ lẫn với nhau", "*Phát âm trọn phần kết thúc của các tiếng như “xanh”, “sách”", "Đọc các con số lớn", "Viết chữ hoa ở đầu câu"}},
				},
				TFs: []TF{
					{S: "Tác giả cho rằng có thầy giỏi là đủ để giỏi tiếng Việt.", A: false},
					{S: "Theo bài viết, người Việt thường vui khi thấy người nước ngoài nói tiếng Việt.", A: true},
					{S: "Lỗi thanh điệu nếu không sửa sớm sẽ rất khó sửa.", A: true},
				}},
			{Title: "Nhà nước pháp quyền xã hội chủ nghĩa", Tp: []string{"theory", "office"},
				Text: `Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam là Nhà nước của Nhân dân, do Nhân dân, vì Nhân dân. Tất cả quyền lực nhà nước thuộc về Nhân dân, mà nền tảng là liên minh giữa giai cấp công nhân với giai cấp nông dân và đội ngũ trí thức. Quyền lực nhà nước là thống nhất, có sự phân công, phối hợp, kiểm soát giữa các cơ quan nhà nước trong việc thực hiện các quyền lập pháp, hành pháp, tư pháp.
Nhà nước quản lý xã hội bằng pháp luật; mọi cơ quan, tổ chức, cán bộ, công chức và mọi công dân đều có nghĩa vụ tuân thủ Hiến pháp và pháp luật. Đối với cán bộ cơ sở, xây dựng nhà nước pháp quyền có nghĩa là làm việc theo pháp luật chứ không theo cảm tính hay quan hệ quen biết: giải quyết thủ tục đúng trình tự, công khai, minh bạch và chịu trách nhiệm về quyết định của mình.`,
				Qs: []Q{
					{P: "Theo bài, ai là chủ thể của quyền lực nhà nước?", O: []string{"*Toàn thể người dân", "Quốc hội", "Chính phủ", "Các cơ quan tư pháp"}},
					{P: "Việc “phân công, phối hợp, kiểm soát” nói trong bài liên quan đến điều gì?", O: []string{"*Ba nhánh quyền: làm luật, thi hành luật và xét xử", "Ba lĩnh vực kinh tế, văn hoá, xã hội", "Quan hệ giữa đối nội và đối ngoại", "Quan hệ giữa quân đội và công an"}},
					{P: "Ai có nghĩa vụ tuân thủ Hiến pháp và pháp luật?", O: []string{"*Không trừ một ai, kể cả các cơ quan nhà nước", "Chỉ công dân bình thường", "Chỉ cán bộ cấp cao", "Chỉ các doanh nghiệp"}},
					{P: "Với cán bộ cơ sở, xây dựng nhà nước pháp quyền có nghĩa là gì?", O: []string{"*Giải quyết việc của dân đúng luật, không thiên vị người quen", "Làm theo kinh nghiệm và cảm nhận của mình", "Ưu tiên giải quyết trước cho người quen biết", "Chỉ làm khi có chỉ đạo miệng của cấp trên"}},
				},
				TFs: []TF{
					{S: "Quyền lực nhà nước được chia thành ba phần độc lập, không phối hợp với nhau.", A: false, F: "Quyền lực nhà nước là thống nhất, có phân công, phối hợp và kiểm soát.", FE: "State power is unified, with division of labour, coordination and control."},
					{S: "Nền tảng của quyền lực nhà nước là liên minh công nhân, nông dân và trí thức.", A: true},
					{S: "Giải quyết thủ tục theo quan hệ quen biết là trái với tinh thần nhà nước pháp quyền.", A: true},
				}},
		},
		Clozes: []Cloze{
			{Tp: []string{"office"}, Text: "Hội nghị đánh giá cao những kết quả [*đạt được|dự kiến|sẵn có] trong năm qua, [*đồng thời|vì thế|cho nên] chỉ ra những hạn chế cần khắc phục."},
			{Tp: []string{"party-cell"}, Text: "Để nâng cao chất lượng sinh hoạt chi bộ, cần [*phát huy|thu hẹp|kiểm soát] dân chủ, khuyến khích đảng viên thẳng thắn [*góp ý|tán thành|im lặng]."},
			{Tp: []string{"office"}, Text: "Luân chuyển cán bộ nhằm tạo điều kiện để cán bộ được [*rèn luyện|nghỉ ngơi|giải trí] qua thực tiễn."},
			{Tp: []string{"village"}, Text: "Chính sách này đã [*mang lại|gây ra|đòi hỏi] nhiều lợi ích thiết thực cho người dân vùng cao."},
			{Tp: []string{"office"}, Text: "[*Tuy nhiên|Vì vậy|Do đó], bên cạnh những kết quả đạt được, vẫn còn một số hạn chế."},
			{Tp: []string{"friendship"}, Text: "Quan hệ Việt Nam – Lào là quan hệ [*đặc biệt|bình đẳng|ngoại giao], hiếm có trong lịch sử quan hệ quốc tế."},
			{Tp: []string{"theory"}, Text: "Mọi chủ trương, chính sách đều phải xuất phát từ [*lợi ích|quyền lực|thu nhập] của nhân dân."},
			{Tp: []string{"party-cell"}, Text: "Trước khi [*ban hành|chấp hành|ký nhận] nghị quyết, cần lấy ý kiến rộng rãi của đảng viên và nhân dân."},
			{Tp: []string{"study"}, Text: "Học viên cần [*chủ động|miễn cưỡng|tình cờ] nghiên cứu tài liệu trước khi lên lớp."},
			{Tp: []string{"office"}, Text: "Anh ấy được [*bổ nhiệm|tuyển dụng|thi tuyển] làm Phó Chủ tịch Uỷ ban nhân dân huyện."},
			{Tp: []string{"friendship"}, Text: "Đảng Nhân dân Cách mạng Lào được thành lập ngày 22 tháng 3 năm [=1955]."},
			{Tp: []string{"friendship"}, Text: "Sầm Nưa là tỉnh [=lỵ|lị] của tỉnh Hủa Phăn.", F: "“Tỉnh lỵ” là nơi đặt các cơ quan lãnh đạo của tỉnh.", FE: "“Tỉnh lỵ” is the provincial seat."},
			{Tp: []string{"office"}, Text: "Người đứng đầu cơ quan phải chịu trách nhiệm [*trước|sau|dưới] cấp trên về kết quả công việc của đơn vị."},
			{Tp: []string{"village"}, Text: "Nhờ làm tốt công tác dân vận, xã đã [*vận động|cưỡng chế|bồi thường] được nhân dân hiến đất làm đường."},
			{Tp: []string{"party-cell"}, Text: "Nghị quyết đúng đắn nhưng nếu không được [*tổ chức thực hiện|ghi chép|thảo luận] nghiêm túc thì cũng không đi vào cuộc sống."},
			{Tp: []string{"news"}, Text: "Năm qua, dù gặp nhiều khó khăn do [*thiên tai|giá cả ổn định|được mùa], kinh tế của tỉnh vẫn tăng trưởng khá. Đời sống nhân dân được [*cải thiện|giảm sút|xây dựng], tỷ lệ hộ nghèo [*giảm|tăng|giữ] còn 5%."},
			{Tp: []string{"village"}, Text: "Cán bộ phải gần dân, [*lắng nghe|phớt lờ|áp đặt] ý kiến của dân."},
			{Tp: []string{"office"}, Text: "Việc [*lãng phí|tiết kiệm|công khai] ngân sách nhà nước phải bị xử lý nghiêm."},
			{Tp: []string{"office"}, Text: "Tình trạng [*quan liêu|gần gũi|minh bạch], xa dân làm giảm lòng tin của nhân dân đối với chính quyền."},
			{Tp: []string{"office"}, Text: "Một cán bộ [*liêm khiết|giàu có|nóng tính] không bao giờ nhận quà biếu để giải quyết công việc.", F: "“Liêm khiết” là trong sạch, không tham của người khác: vì thế người cán bộ ấy không nhận quà biếu.", FE: "“Liêm khiết” means incorruptible, which is why the official refuses gifts."},
			{Tp: []string{"village"}, Text: "Ngân sách của xã chủ yếu [*dựa vào|đóng góp cho|chi cho] nguồn hỗ trợ của cấp trên."},
			{Tp: []string{"office"}, Text: "Báo cáo cần [*ngắn gọn|dài dòng|chung chung], rõ ràng, tập trung vào những vấn đề chính."},
		},
		Matches: []Match{
			{Tp: []string{"party-cell", "theory"}, P: "Nối loại văn kiện với nghĩa.", Pairs: []string{"cương lĩnh | văn kiện xác định mục tiêu, đường lối cơ bản của Đảng", "điều lệ | văn bản quy định tổ chức và hoạt động của Đảng", "nghị quyết | văn bản ghi các quyết định của hội nghị", "chỉ thị | văn bản cấp trên yêu cầu cấp dưới thực hiện"}},
			{Tp: []string{"theory"}, P: "Nối chủ thể với vai trò.", Pairs: []string{"Đảng | lãnh đạo", "Nhà nước | quản lý", "Nhân dân | làm chủ", "Mặt trận Tổ quốc | giám sát và phản biện xã hội"}},
			{Tp: []string{"office"}, P: "Nối hai vế thành câu.", Pairs: []string{"Không chỉ phát triển kinh tế | mà còn phải chăm lo đời sống tinh thần.", "Tuy đã đạt nhiều kết quả | nhưng vẫn còn không ít hạn chế.", "Chính vì thiếu kiểm tra, giám sát | nên sai phạm kéo dài nhiều năm.", "Một khi người dân đã tin | thì việc khó mấy cũng làm được."}},
			{Tp: []string{"office"}, P: "Nối từ với nghĩa.", Pairs: []string{"triển khai | tổ chức thực hiện", "đề xuất | đưa ra ý kiến để xem xét", "phối hợp | cùng hành động", "tham mưu | góp ý, đề xuất cho lãnh đạo"}},
			{Tp: []string{"office", "party-cell"}, P: "Nối chức danh với vai trò.", Pairs: []string{"Bí thư Tỉnh uỷ | người đứng đầu Đảng bộ tỉnh", "Chủ tịch Uỷ ban nhân dân tỉnh | người đứng đầu cơ quan hành chính của tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh | người đứng đầu cơ quan quyền lực nhà nước ở tỉnh", "Trưởng Ban Tổ chức Tỉnh uỷ | người phụ trách công tác tổ chức, cán bộ của tỉnh"}},
			{Tp: []string{"office"}, P: "Nối thành ngữ với nghĩa.", Pairs: []string{"nói đi đôi với làm | lời nói và việc làm phải thống nhất", "dĩ hoà vi quý | ngại va chạm, cốt giữ hoà khí", "đầu voi đuôi chuột | bắt đầu to tát, kết thúc nhỏ bé", "nước đến chân mới nhảy | đợi đến lúc gấp mới làm"}},
			{Tp: []string{"village", "office"}, P: "Nối nguyên nhân với kết quả.", Pairs: []string{"Làm tốt công tác dân vận | nhân dân đồng tình, ủng hộ", "Buông lỏng kiểm tra, giám sát | sai phạm dễ phát sinh", "Thủ tục hành chính rườm rà | người dân mất thời gian, công sức", "Đầu tư cho giáo dục | nâng cao chất lượng nguồn nhân lực"}},
			{Tp: []string{"theory"}, P: "Nối thuật ngữ kinh tế với nghĩa.", Pairs: []string{"ngân sách | khoản thu, chi của Nhà nước", "đầu tư | bỏ vốn để sinh lợi hoặc phát triển", "tăng trưởng | sự tăng lên về quy mô của nền kinh tế", "lạm phát | giá cả tăng liên tục, đồng tiền mất giá"}},
			{Tp: []string{"office"}, P: "Nối phần của văn bản hành chính với nội dung.", Pairs: []string{"Kính gửi | người hoặc cơ quan nhận văn bản", "Nơi nhận | danh sách những nơi được gửi văn bản", "Trích yếu | tóm tắt nội dung văn bản", "Căn cứ | cơ sở pháp lý để ban hành văn bản"}},
			{Tp: []string{"friendship"}, P: "Nối mốc thời gian với sự kiện.", Pairs: []string{"5/9/1962 | Việt Nam và Lào thiết lập quan hệ ngoại giao", "18/7/1977 | hai nước ký Hiệp ước Hữu nghị và Hợp tác", "2/12/1975 | thành lập nước Cộng hoà Dân chủ Nhân dân Lào", "22/3/1955 | thành lập Đảng Nhân dân Cách mạng Lào"}},
			{Tp: []string{"party-cell"}, P: "Nối động từ với từ đi cùng.", Pairs: []string{"chấp hành | kỷ luật", "giữ gìn | bản sắc văn hoá", "nâng cao | chất lượng", "phòng, chống | tham nhũng"}},
			{Tp: []string{"theory"}, P: "Nối từ có yếu tố “vô” với nghĩa.", Pairs: []string{"vô giá | quý đến mức không thể tính bằng tiền", "vô tư | không vì lợi ích riêng", "vô cảm | không quan tâm đến người khác", "vô tổ chức | không tuân theo kỷ luật, tổ chức"}},
		},
	})
}
