package readlisten

// Reading, Bậc 3: clear standard texts on familiar matters: party
// procedures, village reports, news, notices, a learner's diary; gaps that
// test connectives (mặc dù … nhưng, không những … mà còn, càng … càng),
// passives with được/bị and words of administration.
func init() {
	allReadLevels = append(allReadLevels, ReadLevel{
		Level: 3,
		Groups: []RGroup{
			{Title: "Kết nạp đảng viên", Tp: []string{"party-cell"},
				Text: `Người muốn vào Đảng phải là công dân Việt Nam từ đủ mười tám tuổi trở lên, thừa nhận và tự nguyện thực hiện Cương lĩnh chính trị, Điều lệ Đảng, có phẩm chất chính trị, đạo đức tốt và có trình độ học vấn phù hợp. Trước hết, người đó phải học lớp bồi dưỡng nhận thức về Đảng và có giấy chứng nhận. Sau đó, người vào Đảng tự làm đơn, khai lý lịch và được hai đảng viên chính thức giới thiệu. Chi bộ xem xét, biểu quyết; nếu được ít nhất hai phần ba số đảng viên chính thức đồng ý thì đề nghị cấp uỷ cấp trên xem xét, quyết định. Sau khi được kết nạp, người đó là đảng viên dự bị trong mười hai tháng. Hết thời gian dự bị, chi bộ xét để công nhận đảng viên chính thức.`,
				Qs: []Q{
					{P: "Người vào Đảng phải từ bao nhiêu tuổi trở lên?", O: []string{"*Đủ 18 tuổi", "Đủ 16 tuổi", "Đủ 20 tuổi", "Đủ 21 tuổi"}},
					{P: "Việc nào phải làm trước tiên?", O: []string{"*Học lớp bồi dưỡng nhận thức về Đảng", "Tự làm đơn", "Khai lý lịch", "Chi bộ biểu quyết"}},
					{P: "Khi nào chi bộ đề nghị cấp trên kết nạp?", O: []string{"*Khi ít nhất hai phần ba số đảng viên chính thức đồng ý", "Khi bí thư chi bộ đồng ý", "Khi một nửa số đảng viên đồng ý", "Khi cấp trên yêu cầu"}},
				},
				TFs: []TF{
					{S: "Người vào Đảng cần được hai đảng viên chính thức giới thiệu.", A: true},
					{S: "Thời gian dự bị là sáu tháng.", A: false, F: "Thời gian dự bị là mười hai tháng.", FE: "The probation lasts twelve months."},
					{S: "Hết thời gian dự bị, người đó tự động trở thành đảng viên chính thức.", A: false, F: "Chi bộ phải xét để công nhận đảng viên chính thức.", FE: "The cell must review the member before full membership is granted."},
				}},
			{Title: "Khai giảng lớp tiếng Việt ở Sầm Nưa", Tp: []string{"friendship", "study", "news"},
				Text: `Ngày 5 tháng 3, tại Sầm Nưa, tỉnh Hủa Phăn, lớp học tiếng Việt dành cho cán bộ của tỉnh đã khai giảng. Lớp có 40 học viên là cán bộ các sở, ngành và các huyện, được lựa chọn để chuẩn bị sang học tập tại Thanh Hoá. Giáo viên của lớp là hai giảng viên do tỉnh Thanh Hoá cử sang. Khoá học kéo dài bốn tháng, tập trung vào kỹ năng nghe và nói. Phát biểu tại lễ khai giảng, đại diện Ban Tổ chức Tỉnh uỷ Hủa Phăn mong các học viên chăm chỉ học tập, vì biết tiếng Việt là điều kiện quan trọng để học tốt các môn lý luận chính trị. Cuối khoá, học viên sẽ làm bài kiểm tra để đánh giá trình độ.`,
				Qs: []Q{
					{P: "Học viên của lớp là ai?", O: []string{"*Cán bộ các sở, ngành và các huyện của Hủa Phăn", "Sinh viên Việt Nam", "Học sinh phổ thông", "Giáo viên tiếng Việt"}},
					{P: "Khoá học tập trung vào những kỹ năng nào?", O: []string{"*Nghe và nói", "Đọc và viết", "Chỉ viết", "Dịch"}},
					{P: "Vì sao học viên cần học tốt tiếng Việt?", O: []string{"*Vì đó là điều kiện quan trọng để học tốt các môn lý luận chính trị", "Vì muốn đi du lịch", "Vì muốn làm phiên dịch", "Vì muốn ở lại Việt Nam"}},
				},
				TFs: []TF{
					{S: "Giáo viên của lớp do tỉnh Thanh Hoá cử sang.", A: true},
					{S: "Khoá học kéo dài sáu tháng.", A: false},
					{S: "Cuối khoá, học viên không phải làm bài kiểm tra.", A: false},
				}},
			{Title: "Hướng dẫn đăng ký tạm trú", Tp: []string{"arrival", "office"},
				Text: `HƯỚNG DẪN ĐĂNG KÝ TẠM TRÚ CHO HỌC VIÊN NƯỚC NGOÀI
Ngay trong ngày đến trường, học viên nộp hộ chiếu cho phòng Quản lý đào tạo để nhà trường khai báo tạm trú với cơ quan công an. Học viên không tự đi khai báo. Sau khi khai báo, nhà trường trả lại hộ chiếu trong vòng ba ngày làm việc. Nếu học viên đi ra ngoài tỉnh Thanh Hoá và ngủ lại qua đêm, phải báo cho giáo viên chủ nhiệm trước ít nhất một ngày. Học viên cần giữ hộ chiếu cẩn thận; nếu bị mất phải báo ngay cho nhà trường và cơ quan công an gần nhất.`,
				Qs: []Q{
					{P: "Ai khai báo tạm trú cho học viên?", O: []string{"*Nhà trường", "Học viên tự đi khai báo", "Giáo viên chủ nhiệm", "Đại sứ quán"}},
					{P: "Khi nào học viên nhận lại hộ chiếu?", O: []string{"*Trong vòng ba ngày làm việc", "Ngay trong ngày", "Sau một tuần", "Cuối khoá học"}},
					{P: "Muốn đi ra ngoài tỉnh và ngủ lại qua đêm, học viên phải làm gì?", O: []string{"*Báo cho giáo viên chủ nhiệm trước ít nhất một ngày", "Báo cho công an", "Không cần báo", "Xin phép Đại sứ quán"}},
				},
				TFs: []TF{
					{S: "Học viên phải tự đến cơ quan công an để khai báo.", A: false},
					{S: "Nếu mất hộ chiếu, học viên phải báo ngay cho nhà trường và công an.", A: true},
				}},
			{Title: "Nem chua Thanh Hoá", Tp: []string{"daily-life"},
				Text: `Nem chua là món đặc sản nổi tiếng của Thanh Hoá. Nem được làm từ thịt lợn nạc tươi, bì lợn luộc thái sợi, tỏi, ớt và một số gia vị, gói trong lá chuối. Sau khoảng ba đến bốn ngày, nem lên men và có vị chua tự nhiên, ăn được mà không cần nấu chín. Người Thanh Hoá thường ăn nem với lá sung hoặc lá đinh lăng. Ngày nay, nem chua không chỉ bán ở Thanh Hoá mà còn được đưa đi khắp cả nước. Khách du lịch thường mua nem làm quà. Tuy nhiên, vì nem không nấu chín, người mua nên chọn cơ sở sản xuất bảo đảm vệ sinh an toàn thực phẩm.`,
				Qs: []Q{
					{P: "Nem chua được làm chủ yếu từ gì?", O: []string{"*Thịt lợn nạc và bì lợn", "Thịt bò", "Cá", "Thịt gà"}},
					{P: "Vì sao nem có vị chua?", O: []string{"*Vì nem lên men", "Vì có giấm", "Vì có chanh", "Vì có quả chua"}},
					{P: "Bài viết khuyên người mua điều gì?", O: []string{"*Chọn cơ sở sản xuất bảo đảm vệ sinh an toàn thực phẩm", "Mua nem rẻ nhất", "Chỉ mua ở chợ", "Nấu chín nem trước khi ăn"}},
				},
				TFs: []TF{
					{S: "Nem chua phải nấu chín rồi mới ăn.", A: false},
					{S: "Người Thanh Hoá thường ăn nem với lá sung.", A: true},
					{S: "Nem chua chỉ được bán ở Thanh Hoá.", A: false},
				}},
			{Title: "Báo cáo công tác tháng của thôn", Tp: []string{"village", "office"},
				Text: `BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 4 – THÔN TRUNG
1. Sản xuất: Thôn đã cấy xong 45 ha lúa vụ chiêm xuân, đạt 100% kế hoạch. Một số diện tích bị sâu bệnh nhẹ, đã phun thuốc kịp thời.
2. Xây dựng nông thôn mới: Nhân dân góp 120 ngày công để làm 500 mét rãnh thoát nước.
3. An ninh, trật tự: Không có vụ việc phức tạp. Có một vụ mất trộm xe máy, đã báo công an xã.
4. Tồn tại: Một số hộ còn vứt rác ra đường; việc thu tiền đóng góp quỹ khuyến học còn chậm.
5. Nhiệm vụ tháng 5: Chăm sóc lúa, phòng trừ sâu bệnh; tổ chức tổng vệ sinh vào Chủ nhật cuối tháng; hoàn thành thu quỹ khuyến học.`,
				Qs: []Q{
					{P: "Thôn Trung đã cấy bao nhiêu lúa vụ chiêm xuân?", O: []string{"*45 ha", "120 ha", "500 ha", "100 ha"}},
					{P: "Nhân dân góp ngày công để làm gì?", O: []string{"*Làm rãnh thoát nước", "Làm đường bê tông", "Xây nhà văn hoá", "Trồng cây"}},
					{P: "Những việc nào là tồn tại của thôn trong tháng 4? (Chọn hai đáp án.)", O: []string{"*Một số hộ còn vứt rác ra đường", "*Thu quỹ khuyến học còn chậm", "Lúa bị mất mùa", "Có nhiều vụ việc an ninh phức tạp"}},
				},
				TFs: []TF{
					{S: "Trong tháng 4, thôn có một vụ mất trộm xe máy.", A: true},
					{S: "Thôn sẽ tổng vệ sinh vào Chủ nhật đầu tháng 5.", A: false, F: "Tổng vệ sinh vào Chủ nhật cuối tháng.", FE: "The clean-up is on the last Sunday of the month."},
				}},
			{Title: "Nhật ký của một học viên", Tp: []string{"study"},
				Text: `Thứ Tư, ngày 18 tháng 10
Hôm nay là một ngày bận rộn. Buổi sáng, lớp học môn Triết học. Giảng viên nói khá nhanh, có nhiều từ mới như “phạm trù”, “biện chứng”, “thực tiễn”. Tôi ghi lại những từ chưa hiểu để buổi tối tra từ điển. Giờ nghỉ giải lao, tôi hỏi anh Hùng, một cán bộ của trường, và anh ấy giải thích rất kiên nhẫn. Buổi chiều, tổ tôi thảo luận về vai trò của thực tiễn đối với nhận thức. Tôi phát biểu bằng tiếng Việt lần đầu tiên. Tuy còn run và nói chưa trôi chảy, nhưng các bạn đều hiểu ý tôi. Tối nay tôi sẽ ôn lại bài và gọi điện về cho vợ con.`,
				Qs: []Q{
					{P: "Buổi sáng lớp học môn gì?", O: []string{"*Triết học", "Tiếng Việt", "Lịch sử Đảng", "Kinh tế chính trị"}},
					{P: "Người viết làm gì với những từ chưa hiểu?", O: []string{"*Ghi lại để buổi tối tra từ điển", "Bỏ qua", "Hỏi giảng viên ngay trong giờ học", "Dịch sang tiếng Anh"}},
					{P: "Điều gì đặc biệt xảy ra trong buổi thảo luận?", O: []string{"*Người viết phát biểu bằng tiếng Việt lần đầu tiên", "Người viết không đi thảo luận", "Giảng viên khen người viết", "Tổ không thảo luận được"}},
				},
				TFs: []TF{
					{S: "Anh Hùng là học viên người Lào.", A: false},
					{S: "Khi phát biểu, người viết nói rất trôi chảy.", A: false},
					{S: "Tối nay người viết sẽ gọi điện về nhà.", A: true},
				}},
			{Title: "Thông báo lựa chọn cán bộ đi học", Tp: []string{"office", "friendship", "study"},
				Text: `THÔNG BÁO
Về việc lựa chọn cán bộ tham gia lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh Thanh Hoá
Ban Tổ chức Tỉnh uỷ thông báo tiêu chuẩn lựa chọn cán bộ:
– Là cán bộ trong quy hoạch các chức danh lãnh đạo cấp phòng, cấp huyện trở lên;
– Tuổi không quá 45;
– Có sức khoẻ tốt, đủ điều kiện học tập sáu tháng ở nước ngoài;
– Có trình độ tiếng Việt từ Bậc 3 trở lên theo kết quả kiểm tra của tỉnh.
Các cơ quan, đơn vị gửi danh sách đề cử về Ban Tổ chức Tỉnh uỷ trước ngày 30 tháng 6. Kỳ kiểm tra tiếng Việt dự kiến tổ chức vào giữa tháng 7 tại Sầm Nưa.`,
				Qs: []Q{
					{P: "Thông báo do cơ quan nào ban hành?", O: []string{"*Ban Tổ chức Tỉnh uỷ", "Trường Chính trị tỉnh Thanh Hoá", "Bộ Giáo dục", "Uỷ ban nhân dân huyện"}},
					{P: "Cán bộ được chọn phải có trình độ tiếng Việt như thế nào?", O: []string{"*Từ Bậc 3 trở lên", "Từ Bậc 1 trở lên", "Bậc 6", "Không cần biết tiếng Việt"}},
					{P: "Kỳ kiểm tra tiếng Việt tổ chức khi nào, ở đâu?", O: []string{"*Giữa tháng 7, tại Sầm Nưa", "Cuối tháng 6, tại Thanh Hoá", "Đầu tháng 7, tại Viêng Chăn", "Tháng 8, tại Hà Nội"}},
				},
				TFs: []TF{
					{S: "Một cán bộ 50 tuổi vẫn đủ tiêu chuẩn về tuổi.", A: false, F: "Tuổi không được quá 45.", FE: "Candidates must be 45 or younger."},
					{S: "Khoá học kéo dài sáu tháng.", A: true},
					{S: "Các đơn vị gửi danh sách đề cử trước ngày 30 tháng 6.", A: true},
				}},
		},
		ShortTF: []ShortTF{
			{Tp: []string{"study"}, Text: "Theo kế hoạch, đoàn sẽ đi Lam Kinh vào thứ Tư. Tuy nhiên, do dự báo có mưa lớn, chuyến đi được chuyển sang thứ Sáu.", TF: TF{S: "Đoàn sẽ đi Lam Kinh vào thứ Tư.", A: false}},
			{Tp: []string{"study"}, Text: "Năm nay, tỉnh tuyển 30 học viên, nhiều hơn năm ngoái 5 người.", TF: TF{S: "Năm ngoái tỉnh tuyển 25 học viên.", A: true}},
			{Text: "Không phải học viên nào cũng thích món nem chua, nhưng ai cũng khen món phở.", TF: TF{S: "Tất cả học viên đều thích nem chua.", A: false}},
			{Tp: []string{"party-cell"}, Text: "Chỉ những đảng viên chính thức mới được biểu quyết về việc kết nạp đảng viên mới.", TF: TF{S: "Đảng viên dự bị không được biểu quyết về việc kết nạp đảng viên.", A: true}},
			{Tp: []string{"office"}, Text: "Cuộc họp lẽ ra bắt đầu lúc 8 giờ, nhưng phải đợi đến 8 giờ 30 vì nhiều người đến muộn.", TF: TF{S: "Cuộc họp bắt đầu đúng giờ.", A: false}},
		},
		Clozes: []Cloze{
			{Tp: []string{"study"}, Text: "[*Mặc dù|Vì|Nếu] mệt nhưng anh ấy vẫn đến lớp đúng giờ.", F: "Cặp từ “mặc dù … nhưng …” chỉ sự đối lập.", FE: "“mặc dù … nhưng …” (although) expresses contrast."},
			{Text: "Chúng ta cần tiết kiệm điện [*để|vì|nhưng] bảo vệ môi trường."},
			{Tp: []string{"study"}, Text: "[*Nhờ|Tại|Để] các thầy cô giúp đỡ mà tiếng Việt của tôi tiến bộ nhanh.", F: "“Nhờ” dùng cho nguyên nhân tốt; “tại” thường dùng cho nguyên nhân xấu.", FE: "“Nhờ” introduces a good cause; “tại” usually a bad one."},
			{Tp: []string{"office"}, Text: "Hội nghị [*được|bị|do] tổ chức vào sáng thứ Hai."},
			{Text: "Nhà anh ấy [*bị|được|cho] ngập vì mưa lớn.", F: "“Bị” dùng khi việc xảy ra là không may.", FE: "“Bị” marks a passive for something unfortunate."},
			{Tp: []string{"study"}, Text: "Càng học tiếng Việt, tôi [*càng|thì|cũng] thấy thú vị."},
			{Tp: []string{"office"}, Text: "Anh ấy không những giỏi chuyên môn [*mà còn|nhưng|vì vậy] rất nhiệt tình."},
			{Tp: []string{"party-cell"}, Text: "Đồng chí bí thư [*chủ trì|chủ nhà|chủ đề] cuộc họp chi bộ."},
			{Tp: []string{"party-cell"}, Text: "Chi bộ sinh hoạt [*định kỳ|định nghĩa|định mệnh] mỗi tháng một lần."},
			{Tp: []string{"party-cell"}, Text: "Đảng viên phải [*gương mẫu|gương mặt|gương soi] trong mọi việc."},
			{Tp: []string{"office"}, Text: "Đề nghị các đồng chí [*đóng góp|đóng cửa|đóng dấu] ý kiến cho bản dự thảo."},
			{Tp: []string{"friendship"}, Text: "Tỉnh Hủa Phăn [*giáp|gặp|góp] với tỉnh Thanh Hoá."},
			{Tp: []string{"study"}, Text: "Lớp chúng tôi có 46 học viên, [=trong] đó có 10 học viên nữ."},
			{Tp: []string{"friendship"}, Text: "Việt Nam và Lào là hai nước láng [=giềng]."},
			{Tp: []string{"study", "friendship"}, Text: "Sau khi [*tốt nghiệp|tốt bụng|tốt đẹp], học viên trở về nước và [*đảm nhận|đảm bảo|đảm đang] những chức vụ quan trọng."},
			{Tp: []string{"office"}, Text: "Nghị quyết [*đã được|đã bị|sẽ bị] thông qua với 100% đại biểu tán thành."},
			{Tp: []string{"village"}, Text: "Trưởng thôn là người do [*nhân dân|cấp trên|bí thư] trong thôn bầu ra."},
			{Tp: []string{"office"}, Text: "Chúng tôi sẽ cố gắng hoàn thành nhiệm vụ [*được giao|được ăn|được nghỉ]."},
			{Tp: []string{"friendship"}, Text: "Thanh Hoá là tỉnh [*có|là|ở] diện tích lớn. Phía tây tỉnh giáp [*nước Lào|biển|Hà Nội], phía đông giáp [*biển|nước Lào|núi cao]."},
			{Tp: []string{"office"}, Text: "Bản báo cáo này còn nhiều lỗi, đề nghị anh [*chỉnh sửa|chỉnh tề|chỉnh trang] lại."},
			{Tp: []string{"theory"}, Text: "Chủ tịch Hồ Chí Minh sinh năm 1890 [=ở|tại] Nghệ An."},
			{Text: "Dù ai nói ngả nói nghiêng, lòng ta vẫn vững như [*kiềng|kiềm|kiểng] ba chân.", F: "Ca dao: “kiềng ba chân” là cái kiềng có ba chân, đứng rất vững.", FE: "A folk verse: a three-legged trivet (kiềng) stands firm."},
			{Tp: []string{"study"}, Text: "Anh ấy nói tiếng Việt [*trôi chảy|trôi nổi|trôi qua] như người Việt."},
			{Tp: []string{"office"}, Text: "Cơ quan tôi làm việc [*từ|tới|trong] thứ Hai đến thứ Sáu."},
			{Text: "Vì [*sức khoẻ|sức mạnh|sức chứa] không tốt, bà ấy xin nghỉ hưu sớm."},
		},
		Matches: []Match{
			{Tp: []string{"party-cell"}, P: "Nối thuật ngữ với nghĩa.", Pairs: []string{"đảng viên dự bị | người mới được kết nạp, đang trong thời gian thử thách", "đảng viên chính thức | đảng viên đã hết thời gian dự bị và được công nhận", "cấp uỷ | ban chấp hành của một tổ chức đảng", "đảng phí | khoản tiền đảng viên đóng hằng tháng"}},
			{Tp: []string{"office"}, P: "Nối loại văn bản với nghĩa.", Pairs: []string{"công văn | văn bản giao dịch giữa các cơ quan", "biên bản | văn bản ghi lại diễn biến một cuộc họp", "tờ trình | văn bản đề nghị cấp trên xem xét, quyết định", "giấy mời | văn bản mời người đến dự họp"}},
			{Tp: []string{"office"}, P: "Nối từ với nghĩa.", Pairs: []string{"nhiệm vụ | công việc được giao", "kết quả | cái đạt được", "khó khăn | trở ngại", "ý kiến | quan điểm của một người"}},
			{P: "Nối từ với từ trái nghĩa.", Pairs: []string{"đoàn kết | chia rẽ", "thuận lợi | khó khăn", "tích cực | tiêu cực", "tăng | giảm"}, X: []string{"phát triển"}},
			{Tp: []string{"study"}, P: "Nối hai vế thành câu.", Pairs: []string{"Mặc dù trời mưa | nhưng lớp vẫn đi thực tế.", "Nếu có thời gian | thì tôi sẽ đến thăm anh.", "Không những anh ấy giỏi | mà còn rất khiêm tốn.", "Càng gần ngày thi | học viên càng ôn tập chăm chỉ."}},
			{Tp: []string{"theory"}, P: "Nối cơ quan nhà nước với chức năng.", Pairs: []string{"Quốc hội | cơ quan lập pháp cao nhất", "Chính phủ | cơ quan hành chính nhà nước cao nhất", "Toà án nhân dân | cơ quan xét xử", "Viện kiểm sát nhân dân | cơ quan thực hành quyền công tố"}},
			{P: "Nối địa danh của Thanh Hoá với lời giới thiệu.", Pairs: []string{"Sầm Sơn | bãi biển nổi tiếng", "Lam Kinh | khu di tích gắn với nhà Hậu Lê", "Thành nhà Hồ | di sản văn hoá thế giới", "Pù Luông | khu bảo tồn thiên nhiên vùng núi"}},
			{Tp: []string{"office", "party-cell"}, P: "Nối động từ với từ đi cùng.", Pairs: []string{"thông qua | nghị quyết", "triển khai | kế hoạch", "khắc phục | hạn chế", "phát huy | ưu điểm"}},
			{Tp: []string{"office"}, P: "Nối câu nói trong cuộc họp với câu đáp.", Pairs: []string{"Đồng chí nào có ý kiến khác không? | Tôi xin bổ sung một ý.", "Đồng chí nào đồng ý thì giơ tay. | Một trăm phần trăm đồng ý.", "Đề nghị đồng chí thư ký đọc biên bản. | Vâng, tôi xin đọc biên bản cuộc họp.", "Cuộc họp kết thúc lúc mấy giờ? | Mười một giờ mười lăm phút."}},
			{Tp: []string{"friendship"}, P: "Nối từ với nghĩa.", Pairs: []string{"láng giềng | ở gần nhau, sát bên nhau", "hữu nghị | tình bạn giữa các dân tộc", "hợp tác | cùng làm việc vì mục đích chung", "biên giới | đường ranh giới giữa hai nước"}},
			{Tp: []string{"study"}, P: "Nối từ với nghĩa.", Pairs: []string{"bài thu hoạch | bài viết về những điều đã học được", "thảo luận tổ | trao đổi ý kiến trong nhóm nhỏ", "đi thực tế | đến địa phương để tìm hiểu", "học phần | một phần của chương trình học"}},
			{P: "Nối ngành với nghĩa.", Pairs: []string{"nông nghiệp | trồng trọt, chăn nuôi", "công nghiệp | sản xuất bằng máy móc", "thương mại | mua bán hàng hoá", "du lịch | phục vụ khách tham quan"}},
			{Tp: []string{"theory"}, P: "Nối tục ngữ với ý nghĩa.", Pairs: []string{"Uống nước nhớ nguồn | biết ơn người đi trước", "Một cây làm chẳng nên non | đoàn kết tạo nên sức mạnh", "Có công mài sắt, có ngày nên kim | kiên trì thì sẽ thành công", "Học đi đôi với hành | học lý thuyết phải gắn với thực tế"}},
			{Tp: []string{"office"}, P: "Nối từ với nghĩa.", Pairs: []string{"đúng giờ | không đến muộn", "đúng hạn | không chậm so với thời hạn", "kịp thời | đúng lúc cần thiết", "thường xuyên | nhiều lần, liên tục"}},
		},
	})
}
