package readlisten

// Listening, Bậc 4: fairly complex talks in the learners' own field:
// lecture extracts on party building and the political system, office
// meetings, interviews, news, village mediation.
func init() {
	allListenLevels = append(allListenLevels, ListenLevel{
		Level: 4,
		Tones: tonesB4,
		Dict: []LDict{
			{Tp: []string{"office", "news"}, T: "Hội nghị đã thảo luận và thông qua nghị quyết về phát triển kinh tế - xã hội năm tới."},
			{Tp: []string{"party-cell"}, T: "Cán bộ, đảng viên phải thường xuyên tự phê bình và phê bình."},
			{Tp: []string{"party-cell"}, T: "Chi bộ đánh giá, xếp loại chất lượng đảng viên vào cuối năm."},
			{Tp: []string{"friendship"}, T: "Quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt giữa Việt Nam và Lào ngày càng được củng cố."},
			{Tp: []string{"theory"}, T: "Nhà nước quản lý xã hội bằng pháp luật."},
			{Tp: []string{"party-cell"}, T: "Chúng ta cần nâng cao chất lượng sinh hoạt chi bộ ở cơ sở."},
			{Tp: []string{"party-cell", "news"}, T: "Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ mới."},
			{Tp: []string{"office"}, T: "Cải cách hành chính giúp người dân tiết kiệm thời gian và chi phí."},
			{Tp: []string{"friendship"}, T: "Trong thời kỳ kháng chiến, Viêng Xay là căn cứ của cách mạng Lào."},
			{Tp: []string{"study"}, T: "Học viên phải nghiên cứu tài liệu trước khi thảo luận ở tổ."},
			{Tp: []string{"office", "news"}, T: "Uỷ ban nhân dân tỉnh đã ban hành kế hoạch phòng, chống thiên tai."},
			{Tp: []string{"theory"}, T: "Mặt trận Tổ quốc có vai trò giám sát và phản biện xã hội."},
			{Tp: []string{"theory", "party-cell"}, T: "Công tác cán bộ là khâu then chốt của công tác xây dựng Đảng."},
			{Tp: []string{"office"}, T: "Người đứng đầu phải chịu trách nhiệm về kết quả công việc của đơn vị."},
			{Tp: []string{"village"}, T: "Xây dựng nông thôn mới phải lấy người dân làm chủ thể."},
			{Tp: []string{"friendship"}, T: "Hai tỉnh đã ký biên bản ghi nhớ về hợp tác giáo dục và đào tạo."},
			{Tp: []string{"theory"}, T: "Tham nhũng, lãng phí là nguy cơ đe doạ sự tồn vong của chế độ."},
			{Tp: []string{"party-cell"}, T: "Báo cáo chính trị nêu rõ những hạn chế và nguyên nhân."},
			{Tp: []string{"theory"}, T: "Mọi chủ trương của Đảng đều xuất phát từ lợi ích của nhân dân."},
			{Tp: []string{"friendship"}, T: "Cửa khẩu quốc tế Na Mèo góp phần thúc đẩy giao thương giữa hai nước."},
		},
		Groups: []LGroup{
			{Title: "Nguyên tắc tập trung dân chủ", Kind: "lecture", Tp: []string{"theory", "party-cell"},
				T: `Hôm nay chúng ta tìm hiểu nguyên tắc tập trung dân chủ, nguyên tắc tổ chức cơ bản của Đảng. Nguyên tắc này có hai mặt gắn bó chặt chẽ với nhau: tập trung và dân chủ. Dân chủ thể hiện ở chỗ mọi đảng viên đều được thảo luận, phát biểu ý kiến và biểu quyết; cơ quan lãnh đạo các cấp đều do bầu cử lập ra. Tập trung thể hiện ở chỗ cá nhân phục tùng tổ chức, thiểu số phục tùng đa số, cấp dưới phục tùng cấp trên, các tổ chức trong toàn Đảng phục tùng Đại hội đại biểu toàn quốc và Ban Chấp hành Trung ương. Nếu chỉ nhấn mạnh dân chủ mà xem nhẹ tập trung thì dễ dẫn đến tình trạng tự do, vô tổ chức. Ngược lại, nếu chỉ nhấn mạnh tập trung mà xem nhẹ dân chủ thì dễ dẫn đến quan liêu, độc đoán.`,
				Qs: []Q{
					{P: "Bài giảng chủ yếu nhằm làm rõ điều gì?", O: []string{"*Hai mặt của một nguyên tắc tổ chức và mối quan hệ giữa chúng", "Lịch sử ra đời của Đảng", "Cách bầu cử các cơ quan lãnh đạo", "Quyền lợi của đảng viên trong chi bộ"}},
					{P: "Ví dụ nào thể hiện mặt dân chủ?", O: []string{"*Trước khi quyết, mọi đảng viên đều được nói ý kiến và bỏ phiếu", "Chi bộ cấp dưới làm theo chỉ thị của cấp trên", "Ý kiến của ít người phải theo ý kiến của nhiều người", "Mỗi đảng viên chấp hành quyết định của tổ chức"}},
					{P: "Ví dụ nào thuộc về mặt tập trung?", O: []string{"*Sau khi biểu quyết, người có ý kiến khác vẫn phải làm theo nghị quyết", "Ban chấp hành do đại hội bầu ra", "Mọi đảng viên được nêu ý kiến trong cuộc họp", "Đảng viên được thảo luận trước khi quyết định"}},
					{P: "Một chi bộ mà ai muốn làm gì thì làm, nghị quyết không ai thực hiện: theo bài giảng, đó là hậu quả của việc gì?", O: []string{"*Buông lỏng kỷ luật, ai cũng làm theo ý riêng", "Hạn chế quyền phát biểu của đảng viên", "Họp quá nhiều", "Có quá nhiều đảng viên"}},
					{P: "Một bí thư tự quyết mọi việc, không hỏi ý kiến ai: đó là biểu hiện của điều gì?", O: []string{"*Lối làm việc chuyên quyền, bỏ qua ý kiến tập thể", "Tình trạng tự do, vô tổ chức", "Dân chủ quá mức", "Thực hiện đúng nguyên tắc tập trung"}},
				}},
			{Title: "Sơ kết hợp tác đào tạo cán bộ cho tỉnh Hủa Phăn", Kind: "news", Tp: []string{"friendship", "study", "news"},
				T: `Chiều qua, Trường Chính trị tỉnh Thanh Hoá tổ chức hội nghị sơ kết năm năm hợp tác đào tạo cán bộ cho tỉnh Hủa Phăn. Theo báo cáo, trong năm năm qua, nhà trường đã mở bốn lớp trung cấp lý luận chính trị với khoảng một trăm năm mươi học viên. Phần lớn học viên sau khi tốt nghiệp đã được bố trí vào các vị trí lãnh đạo, quản lý ở cấp huyện và cấp tỉnh. Tại hội nghị, đại diện tỉnh Hủa Phăn đề nghị nhà trường tăng thời lượng dạy tiếng Việt, vì một số học viên còn gặp khó khăn khi nghe giảng. Hai bên thống nhất sẽ xây dựng bộ tiêu chí đánh giá trình độ tiếng Việt trước khi cử cán bộ đi học.`,
				Qs: []Q{
					{P: "Hội nghị nhìn lại hoạt động hợp tác trong khoảng thời gian nào?", O: []string{"*Nửa thập kỷ vừa qua", "Bốn năm vừa qua", "Mười năm vừa qua", "Một khoá học"}},
					{P: "Trung bình mỗi lớp có khoảng bao nhiêu học viên?", O: []string{"*Gần 40 người", "Khoảng 150 người", "Khoảng 15 người", "Khoảng 100 người"}},
					{P: "Điều gì cho thấy hợp tác đào tạo có hiệu quả?", O: []string{"*Nhiều người học xong đã giữ những cương vị quan trọng ở quê nhà", "Nhà trường đã mở được bốn lớp", "Học viên nghe giảng tốt ngay từ đầu", "Hai bên sẽ xây dựng bộ tiêu chí"}},
					{P: "Vì sao phía Hủa Phăn đề nghị tăng giờ dạy tiếng Việt?", O: []string{"*Có người học chưa theo kịp bài giảng vì ngôn ngữ", "Học viên muốn ở lại Việt Nam làm việc", "Khoá học quá ngắn so với chương trình", "Học viên muốn học thêm tiếng Anh"}},
					{P: "Hai bên thống nhất sẽ làm gì?", O: []string{"*Có cách đo vốn tiếng Việt của người được chọn trước khi họ sang", "Dừng hợp tác đào tạo", "Mở thêm lớp ở Sầm Nưa", "Dạy các môn bằng tiếng Lào"}},
				}},
			{Title: "Phỏng vấn một học viên Lào", Kind: "dialogue", Tp: []string{"study", "friendship"},
				T: `Phóng viên: Anh có thể cho biết cảm nhận của mình sau bốn tháng học tại trường?
Khăm Phòn: Lúc mới sang, tôi rất lo vì nghe giảng chỉ hiểu được khoảng một nửa. Các thầy cô nói nhanh và dùng nhiều thuật ngữ. Nhưng nhờ các thầy cô giảng chậm lại, cho thêm tài liệu, và nhờ các bạn Việt Nam giúp đỡ, bây giờ tôi đã theo kịp bài.
Phóng viên: Môn học nào anh thấy bổ ích nhất?
Khăm Phòn: Tôi thấy môn Xây dựng Đảng rất bổ ích, vì ở huyện tôi đang phụ trách công tác tổ chức. Những kinh nghiệm về sinh hoạt chi bộ ở Việt Nam, tôi có thể áp dụng ngay khi về nước.
Phóng viên: Anh có lời khuyên gì cho các học viên khoá sau?
Khăm Phòn: Tôi nghĩ các anh chị nên học tiếng Việt thật kỹ trước khi sang, nhất là kỹ năng nghe. Nếu nghe tốt thì việc học các môn khác sẽ dễ hơn nhiều.`,
				Qs: []Q{
					{P: "Lúc mới sang, anh Khăm Phòn gặp khó khăn gì?", O: []string{"*Bỏ lỡ nhiều nội dung trên lớp vì chưa nghe quen", "Không quen món ăn Việt Nam", "Không có chỗ ở", "Bị ốm trong tháng đầu"}},
					{P: "Điều gì KHÔNG được nhắc đến trong những việc đã giúp anh theo kịp bài?", O: []string{"*Học thêm ở trung tâm ngoại ngữ", "Thầy cô giảng chậm lại", "Thầy cô cho thêm tài liệu", "Các bạn Việt Nam giúp đỡ"}},
					{P: "Vì sao anh thấy môn Xây dựng Đảng bổ ích?", O: []string{"*Vì nó sát với việc anh đang đảm nhận ở quê nhà", "Vì môn này dễ nhất", "Vì anh đạt điểm cao nhất ở môn này", "Vì giảng viên nói được tiếng Lào"}},
					{P: "Anh khuyên học viên khoá sau điều gì?", O: []string{"*Chuẩn bị ngôn ngữ, đặc biệt là nghe, ngay từ ở nhà", "Mang nhiều sách sang", "Học thêm tiếng Anh", "Nhờ bạn Việt Nam giúp ngay từ đầu"}},
					{P: "Khi nhìn lại bốn tháng học, anh Khăm Phòn có thái độ thế nào?", O: []string{"*Hài lòng vì đã vượt qua được khó khăn ban đầu", "Thất vọng vì vẫn chưa hiểu bài", "Lo lắng vì sắp phải thi", "Không quan tâm đến việc học"}},
				}},
			{Title: "Hệ thống chính trị ở cơ sở", Kind: "lecture", Tp: []string{"theory", "village"},
				T: `Hệ thống chính trị ở cơ sở xã, phường, thị trấn của Việt Nam gồm: tổ chức cơ sở đảng, Hội đồng nhân dân, Uỷ ban nhân dân, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội như Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Liên hiệp Phụ nữ, Hội Nông dân và Hội Cựu chiến binh. Trong đó, tổ chức cơ sở đảng giữ vai trò lãnh đạo; Hội đồng nhân dân là cơ quan quyền lực nhà nước ở địa phương; Uỷ ban nhân dân là cơ quan hành chính, tổ chức thực hiện; còn Mặt trận và các đoàn thể có nhiệm vụ tập hợp, vận động nhân dân và giám sát hoạt động của chính quyền. Ở thôn, bản không có cấp chính quyền, nhưng có chi bộ, trưởng thôn và các chi hội đoàn thể.`,
				Qs: []Q{
					{P: "Theo bài giảng, vai trò của Hội đồng nhân dân xã là gì?", O: []string{"*Nắm quyền lực của nhà nước tại địa phương", "Điều hành công việc hành chính hằng ngày", "Lãnh đạo toàn diện mọi mặt", "Tập hợp và vận động nhân dân"}},
					{P: "Uỷ ban nhân dân có vai trò gì?", O: []string{"*Đưa các quyết định vào thực tế, lo việc hành chính", "Nắm quyền lực nhà nước tại địa phương", "Lãnh đạo toàn diện mọi mặt", "Giám sát hoạt động của chính quyền"}},
					{P: "Theo bài giảng, ai lãnh đạo cả hệ thống ở xã?", O: []string{"*Đảng, qua tổ chức của mình ở xã", "Uỷ ban nhân dân xã", "Mặt trận Tổ quốc xã", "Hội đồng nhân dân xã"}},
					{P: "Mặt trận và các đoàn thể có những nhiệm vụ nào? (Chọn hai đáp án.)", O: []string{"*Đoàn kết, động viên người dân", "*Theo dõi, góp ý việc làm của bộ máy chính quyền", "Ban hành nghị quyết của xã", "Điều hành công việc hành chính"}},
					{P: "Theo bài giảng, điều nào đúng với thôn, bản?", O: []string{"*Không phải là một cấp chính quyền", "Có Hội đồng nhân dân riêng", "Có Uỷ ban nhân dân riêng", "Không có tổ chức đảng"}},
				}},
			{Title: "Chuẩn bị hội nghị tổng kết", Kind: "dialogue", Tp: []string{"office"},
				T: `Chánh Văn phòng: Hội nghị tổng kết năm sẽ tổ chức vào sáng thứ Sáu, ngày hai mươi tám. Chị Thu, giấy mời đã gửi hết chưa?
Chị Thu: Dạ, đã gửi đến các sở, ngành và các huyện từ thứ Hai. Còn mười hai đơn vị chưa xác nhận người dự.
Chánh Văn phòng: Chị gọi điện đôn đốc, chậm nhất chiều thứ Tư phải có danh sách đầy đủ để xếp chỗ ngồi. Anh Dũng, báo cáo tổng kết đã hoàn thiện chưa?
Anh Dũng: Báo cáo đã xin ý kiến các phòng, em đang tiếp thu và chỉnh sửa. Sáng thứ Tư em trình lãnh đạo duyệt.
Chánh Văn phòng: Được. Nhớ in thêm năm mươi bản cho đại biểu. Phần hậu cần như hội trường, âm thanh, nước uống thì anh Hùng kiểm tra lại vào chiều thứ Năm.`,
				Qs: []Q{
					{P: "Cuộc trao đổi chủ yếu nhằm mục đích gì?", O: []string{"*Phân việc và đặt hạn chót cho từng người trước hội nghị", "Đánh giá kết quả công tác cả năm", "Chọn ngày tổ chức hội nghị", "Góp ý cho bản báo cáo tổng kết"}},
					{P: "Chị Thu phải làm gì?", O: []string{"*Nhắc những nơi chưa báo ai sẽ đi dự", "In thêm báo cáo cho đại biểu", "Kiểm tra âm thanh hội trường", "Trình báo cáo lên lãnh đạo"}},
					{P: "Vì sao cần có danh sách chậm nhất chiều thứ Tư?", O: []string{"*Để kịp sắp xếp chỗ ngồi cho đại biểu", "Để in giấy mời", "Để gửi báo cáo cho các đơn vị", "Để lãnh đạo duyệt báo cáo"}},
					{P: "Báo cáo tổng kết đang ở giai đoạn nào?", O: []string{"*Bản thảo đang được sửa sau khi nhận góp ý", "Đã được lãnh đạo phê duyệt", "Chưa bắt đầu viết", "Đã in xong năm mươi bản"}},
					{P: "Việc nào được giao làm muộn nhất trong tuần?", O: []string{"*Rà soát phòng họp và thiết bị", "Lập danh sách đại biểu", "Trình duyệt báo cáo", "Gửi giấy mời"}},
				}},
			{Title: "Tư tưởng Hồ Chí Minh về đại đoàn kết dân tộc", Kind: "lecture", Tp: []string{"theory"},
				T: `Trong tư tưởng Hồ Chí Minh, đại đoàn kết dân tộc là vấn đề có ý nghĩa chiến lược, quyết định thành công của cách mạng. Người nói: “Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.” Theo Người, lực lượng của khối đại đoàn kết là toàn dân tộc; nền tảng là liên minh công nhân, nông dân và trí thức, dưới sự lãnh đạo của Đảng. Hình thức tổ chức của khối đại đoàn kết là Mặt trận dân tộc thống nhất. Muốn đoàn kết được nhân dân, cán bộ phải tin dân, hiểu dân, gần dân và học hỏi dân; phải đoàn kết trên cơ sở lợi ích chung của dân tộc.`,
				Qs: []Q{
					{P: "Theo tư tưởng Hồ Chí Minh, đại đoàn kết dân tộc có ý nghĩa như thế nào?", O: []string{"*Là yếu tố then chốt để cách mạng thắng lợi", "Chỉ là biện pháp tạm thời trong chiến tranh", "Quan trọng nhưng đứng sau phát triển kinh tế", "Chỉ là việc riêng của Mặt trận"}},
					{P: "Lực lượng của khối đại đoàn kết là ai?", O: []string{"*Mọi người Việt Nam, không phân biệt thành phần", "Chỉ đảng viên", "Chỉ công nhân và nông dân", "Chỉ những người theo cách mạng từ đầu"}},
					{P: "Nền tảng của khối đại đoàn kết là gì?", O: []string{"*Sự liên kết giữa thợ thuyền, nhà nông và giới trí thức", "Quân đội nhân dân", "Các doanh nghiệp lớn", "Các tổ chức quốc tế"}},
					{P: "Theo bài, khối đại đoàn kết được tập hợp trong tổ chức nào?", O: []string{"*Một mặt trận chung của cả dân tộc", "Các chi bộ đảng", "Hội đồng nhân dân các cấp", "Công đoàn các nhà máy"}},
					{P: "Cán bộ phải làm gì để đoàn kết được nhân dân?", O: []string{"*Đặt lòng tin vào dân và sống sát với dân", "Ra lệnh cho dân thật rõ ràng", "Chỉ làm theo chỉ đạo cấp trên", "Giữ khoảng cách để giữ uy tín"}},
				}},
			{Title: "Kinh tế Thanh Hoá sáu tháng đầu năm", Kind: "news", Tp: []string{"news"},
				T: `Theo số liệu thống kê, sáu tháng đầu năm, tổng sản phẩm trên địa bàn tỉnh Thanh Hoá tăng khoảng chín phần trăm so với cùng kỳ năm trước, thuộc nhóm các tỉnh có tốc độ tăng trưởng cao của cả nước. Ngành công nghiệp, nhất là Khu kinh tế Nghi Sơn, tiếp tục là động lực chính. Du lịch cũng phục hồi mạnh, với hàng triệu lượt khách đến Sầm Sơn trong mùa hè. Tuy nhiên, sản xuất nông nghiệp gặp khó khăn do nắng nóng kéo dài, một số diện tích lúa ở vùng cao thiếu nước tưới.`,
				Qs: []Q{
					{P: "Bản tin đánh giá tốc độ tăng trưởng của tỉnh như thế nào?", O: []string{"*Thuộc loại nhanh so với nhiều địa phương khác", "Chậm hơn năm trước", "Thấp nhất cả nước", "Không thay đổi"}},
					{P: "Động lực tăng trưởng chính là gì?", O: []string{"*Các nhà máy, xí nghiệp, đặc biệt ở Nghi Sơn", "Nông nghiệp vùng cao", "Du lịch biển Sầm Sơn", "Xuất khẩu lao động"}},
					{P: "Bản tin nói gì về du lịch?", O: []string{"*Khách trở lại đông, nhất là ở vùng biển", "Giảm mạnh vì nắng nóng", "Chỉ có khách nước ngoài", "Không thay đổi so với năm trước"}},
					{P: "Nông nghiệp gặp khó khăn vì sao?", O: []string{"*Trời nắng lâu ngày, ruộng vùng cao không đủ nước", "Lũ lụt kéo dài", "Thiếu người làm", "Giá phân bón tăng cao"}},
				}},
			{Title: "Quan hệ đặc biệt Việt Nam – Lào", Kind: "talk", Tp: []string{"friendship", "theory"},
				T: `Quan hệ Việt Nam – Lào do Chủ tịch Hồ Chí Minh, Chủ tịch Cay-xỏn Phôm-vi-hản, Chủ tịch Xu-pha-nu-vông và các thế hệ lãnh đạo hai nước dày công vun đắp. Ngày năm tháng chín năm một nghìn chín trăm sáu mươi hai, hai nước chính thức thiết lập quan hệ ngoại giao. Ngày mười tám tháng bảy năm một nghìn chín trăm bảy mươi bảy, hai nước ký Hiệp ước Hữu nghị và Hợp tác, đặt nền tảng pháp lý cho quan hệ hợp tác toàn diện. Trong hai cuộc kháng chiến chống thực dân và đế quốc, quân đội và nhân dân hai nước đã sát cánh bên nhau, cùng chiến đấu, cùng hy sinh. Ngày nay, mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện ấy là tài sản vô giá của hai Đảng, hai Nhà nước và nhân dân hai nước.`,
				Qs: []Q{
					{P: "Hai nước thiết lập quan hệ ngoại giao khi nào?", O: []string{"*5/9/1962", "18/7/1977", "2/9/1945", "2/12/1975"}},
					{P: "Hiệp ước Hữu nghị và Hợp tác được ký năm nào?", O: []string{"*1977", "1962", "1975", "1954"}},
					{P: "Hiệp ước Hữu nghị và Hợp tác có ý nghĩa gì?", O: []string{"*Tạo cơ sở luật pháp để hai nước hợp tác trên mọi lĩnh vực", "Xác định đường biên giới lần đầu tiên", "Đưa hai nước vào cùng một khối kinh tế", "Chấm dứt chiến tranh"}},
					{P: "Trong các cuộc kháng chiến, quân đội và nhân dân hai nước đã làm gì?", O: []string{"*Kề vai chiến đấu, chia sẻ cả mất mát", "Mỗi nước chiến đấu riêng", "Chỉ giúp nhau về kinh tế", "Chỉ trao đổi thư từ ngoại giao"}},
					{P: "Người nói đánh giá mối quan hệ ấy như thế nào?", O: []string{"*Là thứ quý báu không gì đo đếm được", "Là gánh nặng cần giảm bớt", "Là chuyện của quá khứ", "Là quan hệ buôn bán đơn thuần"}},
				}},
			{Title: "Hoà giải ở thôn", Kind: "dialogue", Tp: []string{"village"},
				T: `Trưởng thôn: Chú Ba ơi, cháu nghe nói nhà chú với nhà anh Sáu đang tranh chấp lối đi?
Chú Ba: Đúng đấy. Nhà anh Sáu xây tường rào lấn sang lối đi chung hơn nửa mét, xe máy nhà tôi đi lại rất khó.
Trưởng thôn: Cháu đã gặp anh Sáu. Anh ấy nói xây theo ranh giới cũ, không lấn. Theo cháu, tổ hoà giải của thôn sẽ mời cán bộ địa chính xã xuống đo lại; có bản đồ thì hai bên dễ thống nhất.
Chú Ba: Thế cũng được. Nhưng nếu đo xong mà anh ấy vẫn không chịu thì sao?
Trưởng thôn: Thì thôn sẽ lập biên bản, báo cáo Uỷ ban xã giải quyết theo pháp luật. Nhưng cháu mong hai nhà là hàng xóm lâu năm, nên ngồi lại với nhau; tình làng nghĩa xóm vẫn là quý nhất.`,
				Qs: []Q{
					{P: "Hai nhà tranh chấp về việc gì?", O: []string{"*Phần đất dùng chung để đi lại", "Ranh giới ruộng lúa", "Tiền vay mượn", "Tiếng ồn từ nhà hàng xóm"}},
					{P: "Anh Sáu nói gì?", O: []string{"*Anh cho rằng mình không xây sai chỗ", "Anh đồng ý dỡ tường", "Anh muốn ra xã giải quyết ngay", "Anh sẽ đền tiền cho chú Ba"}},
					{P: "Trưởng thôn đề xuất làm gì trước tiên?", O: []string{"*Nhờ người có chuyên môn đo đạc để có căn cứ", "Báo công an ngay", "Yêu cầu anh Sáu phá tường", "Để hai nhà tự thoả thuận, thôn không can thiệp"}},
					{P: "Nếu đo xong mà vẫn không thống nhất, thôn sẽ làm gì?", O: []string{"*Chuyển vụ việc lên cấp xã để xử lý theo luật", "Tự phá tường rào", "Phạt tiền cả hai nhà", "Đưa vụ việc lên tỉnh ngay"}},
					{P: "Thái độ của trưởng thôn trong cuộc nói chuyện là gì?", O: []string{"*Muốn hai bên tự làm lành vì tình hàng xóm", "Đứng hẳn về phía chú Ba", "Muốn đưa ngay ra pháp luật", "Không muốn can thiệp"}},
				}},
			{Title: "Công tác dân vận", Kind: "lecture", Tp: []string{"theory", "party-cell", "village"},
				T: `Công tác dân vận là nhiệm vụ của cả hệ thống chính trị, trong đó Đảng lãnh đạo, chính quyền tổ chức thực hiện, Mặt trận và các đoàn thể làm nòng cốt. Chủ tịch Hồ Chí Minh dạy: “Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.” Muốn làm tốt dân vận, cán bộ phải trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân. Ở cơ sở, thực hiện tốt quy chế dân chủ, để dân biết, dân bàn, dân làm, dân kiểm tra, là cách dân vận hiệu quả nhất. Khi người dân thấy việc làm của chính quyền là vì lợi ích của họ, họ sẽ tự nguyện đóng góp công sức, tiền của.`,
				Qs: []Q{
					{P: "Theo bài giảng, công tác dân vận là nhiệm vụ của ai?", O: []string{"*Của mọi tổ chức trong bộ máy, không riêng ai", "Chỉ của Mặt trận", "Chỉ của chính quyền", "Chỉ của cán bộ dân vận"}},
					{P: "Câu nói của Chủ tịch Hồ Chí Minh nhấn mạnh điều gì?", O: []string{"*Có dân ủng hộ thì việc khó mấy cũng làm được", "Việc dễ thì không cần hỏi dân", "Vai trò của pháp luật", "Tầm quan trọng của kinh tế"}},
					{P: "Cách dân vận hiệu quả nhất ở cơ sở là gì?", O: []string{"*Để dân được biết, được bàn và được giám sát việc chung", "Họp dân thật nhiều", "Phát nhiều tài liệu tuyên truyền", "Tăng số cán bộ dân vận"}},
					{P: "“Dân biết, dân bàn, dân làm, dân kiểm tra” nói về điều gì?", O: []string{"*Cách để người dân thật sự làm chủ ở địa phương", "Quy trình bầu cử", "Nghĩa vụ nộp thuế", "Kế hoạch sản xuất của thôn"}},
					{P: "Khi nào người dân tự nguyện đóng góp?", O: []string{"*Khi họ thấy mình được hưởng lợi từ việc chính quyền làm", "Khi bị bắt buộc", "Khi được trả tiền", "Khi có cán bộ cấp trên về"}},
				}},
			{Title: "Hướng dẫn viết bài thu hoạch", Kind: "notice", Tp: []string{"study"},
				T: `Các đồng chí chú ý. Sau đợt đi thực tế, mỗi học viên viết một bài thu hoạch dài từ năm đến bảy trang. Bài thu hoạch gồm ba phần: phần thứ nhất giới thiệu khái quát địa phương đã đến; phần thứ hai nêu những kết quả, hạn chế và nguyên nhân; phần thứ ba là những bài học kinh nghiệm có thể vận dụng ở địa phương mình tại Lào. Học viên viết bằng tiếng Việt; nếu còn khó khăn, có thể viết phần thứ ba bằng tiếng Lào và nhờ phiên dịch hỗ trợ. Hạn nộp là ngày ba mươi tháng này, nộp cho giáo viên chủ nhiệm. Bài nộp muộn sẽ bị trừ điểm.`,
				Qs: []Q{
					{P: "Bài thu hoạch dài bao nhiêu trang?", O: []string{"*Từ 5 đến 7 trang", "Từ 3 đến 5 trang", "Từ 7 đến 10 trang", "Không quá 2 trang"}},
					{P: "Phần thứ hai viết về nội dung gì?", O: []string{"*Những gì địa phương làm được, chưa làm được và vì sao", "Giới thiệu chung về địa phương", "Những bài học áp dụng ở Lào", "Cảm nghĩ về chuyến đi"}},
					{P: "Phần nào có thể viết bằng tiếng Lào?", O: []string{"*Phần nói về bài học dùng được ở quê nhà", "Phần giới thiệu địa phương", "Phần kết quả và hạn chế", "Cả bài"}},
					{P: "Học viên nộp bài cho ai?", O: []string{"*Người phụ trách lớp", "Phiên dịch", "Lớp trưởng", "Phòng Đào tạo"}},
					{P: "Bài nộp muộn thì sao?", O: []string{"*Kết quả bài sẽ thấp hơn", "Không được thi", "Phải viết lại từ đầu", "Không bị ảnh hưởng gì"}},
				}},
		},
	})
}
